/**
 * Readers of every input: Epoch AI's export (by header name, both schemas), the project's own tables in
 * {@code data/} and the YAML configuration. Readers never throw on a bad value: they record a
 * {@link org.rebound.problem.Problem} with {@code file:line:column} and go on. They throw
 * {@link org.rebound.problem.InputException} only when nothing sensible can be read (file unreadable,
 * required column missing).
 */
package org.rebound.data;
