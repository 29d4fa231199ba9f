/**
 * Renders {@link org.rebound.report.ChartSpec}s: small, accessible SVG for the web (text as
 * {@code <text>}, every point a link with a tooltip) and PNG through XChart for social previews and downloads, the
 * same picture as the SVG file; per-model labels as PNG. A PNG is a pure function of its input, so
 * {@link org.rebound.chart.PngCache} keeps rendered PNGs under a hash of it for the next build.
 */
package org.rebound.chart;
