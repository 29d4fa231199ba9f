/**
 * Renders {@link org.rebound.report.ChartSpec}s: small, accessible SVG for the web (text as
 * {@code <text>}, every point a link with a tooltip) and PNG through XChart for social previews.
 */
package org.rebound.chart;
