/**
 * The Markdown narrative of {@code content/}, rendered by flexmark. Numbers are never typed in it: a
 * placeholder {@code {{name}}} inserts a value computed by the build, and an unknown placeholder is an
 * error with its {@code file:line:column}.
 */
package org.rebound.content;
