/**
 * Writes the static site: pages from the Thymeleaf templates of {@code templates/}, charts, downloads
 * (CSV, JSON), sitemap. The site is written to a staging folder and swapped in only when complete, so a
 * failed build leaves the previous site as it was.
 */
package org.rebound.site;
