package org.rebound.domain;

import java.time.LocalDate;

/**
 * One assumption of {@code data/parameters.yaml}, with its justification.
 *
 * @param value        the value as written (a number, a date, a choice)
 * @param section      the section of the method it belongs to
 * @param distribution how the value is drawn in the uncertainty analysis; empty when it is not uncertain
 * @param range        the values it may take, as written ("0.01 to 1"); empty for dates' and choices' own checks
 */
public record Parameter(ParameterKey key, String value, String unit, String section, String reason, String source,
        java.util.Optional<Distribution> distribution, String range) {

    /** An entry without a declared range (tests, scenarios' copies keep theirs through {@link #withValue}). */
    public Parameter(ParameterKey key, String value, String unit, String section, String reason, String source,
            java.util.Optional<Distribution> distribution) {
        this(key, value, unit, section, reason, source, distribution, "");
    }

    public double number() {
        return Double.parseDouble(value);
    }

    /** A comma-separated list of numbers ("1, 2, 3"). */
    public java.util.List<Double> numbers() {
        return java.util.Arrays.stream(value.split(",")).map(String::strip).map(Double::parseDouble).toList();
    }

    public LocalDate date() {
        return LocalDate.parse(value);
    }

    /** The same entry with another value (scenarios). */
    public Parameter withValue(String newValue) {
        return new Parameter(key, newValue, unit, section, reason, source, distribution, range);
    }
}
