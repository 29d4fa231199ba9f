package org.rebound.domain;

import java.time.LocalDate;

/**
 * One assumption of {@code data/parameters.yaml}, with its justification.
 *
 * @param value   the value as written (a number, a date, a choice)
 * @param section the section of the method it belongs to
 */
public record Parameter(ParameterKey key, String value, String unit, String section, String reason, String source) {

    public double number() {
        return Double.parseDouble(value);
    }

    public LocalDate date() {
        return LocalDate.parse(value);
    }

    /** The same entry with another value (scenarios). */
    public Parameter withValue(String newValue) {
        return new Parameter(key, newValue, unit, section, reason, source);
    }
}
