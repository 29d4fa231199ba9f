/**
 * Checks on a built site: every internal link and fragment resolves, every page has one {@code h1}, a
 * language, a canonical URL and a description, and nothing is loaded from another host.
 */
package org.rebound.check;
