/**
 * Readers of every input: Epoch AI's export (by header name, both schemas), the project's own tables in
 * {@code data/} and the YAML configuration. Each table is declared once: its columns are symbols ({@link
 * org.rebound.data.Column}: name, type, whether a value is required, range, pattern, key), the project's in
 * {@link org.rebound.data.ProjectTables}, Epoch's in {@link org.rebound.data.EpochColumn}, and one reader
 * ({@link org.rebound.data.TableSpec}, {@link org.rebound.data.TypedRow}) checks every cell against its column.
 * Readers never throw on a bad value: they record a {@link org.rebound.problem.Problem} with
 * {@code file:line:column} and go on. They throw {@link org.rebound.problem.InputException} only when nothing
 * sensible can be read (file unreadable, CSV syntax, required column missing). A library's errors are read by their
 * types and positions, never by their message text.
 */
package org.rebound.data;
