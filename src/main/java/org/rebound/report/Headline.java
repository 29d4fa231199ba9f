package org.rebound.report;

/**
 * One headline finding on the report's front page.
 *
 * @param value  the number, formatted
 * @param label  what it is
 * @param detail how it was obtained (period, n, interval)
 */
public record Headline(String value, String label, String detail) {
}
