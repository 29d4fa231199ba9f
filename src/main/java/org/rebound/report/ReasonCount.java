package org.rebound.report;

/** How many models were excluded for one reason. */
public record ReasonCount(String reason, int count) {
}
