/**
 * Checks on a built site: every internal link and fragment resolves (in pages and SVG images), every page has
 * one {@code h1}, a language, a canonical URL and a description, nothing is loaded from another host nor a
 * form sent there, no script runs but the site's own files, no page refreshes itself, and every file is UTF-8.
 */
package org.rebound.check;
