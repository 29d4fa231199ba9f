package org.rebound.data;

import java.util.regex.Pattern;

/**
 * A declared column of a CSV table: its header name (and the older name it may have), whether the header must have
 * it, its type, whether a cell needs a value, its range, the pattern of its text and whether it is a key. A table
 * declares each column once, as a symbol, and reads its cells through a {@link TypedRow}, which reports a cell that
 * breaks the declaration as {@code file:line:column: found …, expected …}.
 *
 * @param name the header name
 * @param olderName another header name read when {@code name} is absent (Epoch's 2025 schema), or {@code name}
 * @param inHeader whether a file without the column is refused
 * @param type what a cell holds
 * @param whenEmpty what an empty cell should have held ("a value", "a number"), or empty when it may be empty
 * @param aboveZero whether a number must be greater than zero
 * @param pattern the text a non-empty cell must match, or {@code null}
 * @param patternWords what a cell not matching {@code pattern} should have been
 * @param abbreviated whether a cell not matching is shown abbreviated (at most 40 characters, on one line)
 * @param key how a second row with the same cell is reported ({@code %s}: the cell), or empty when it is no key
 * @param keyOfMalformed whether a cell not matching its pattern is checked as a key all the same
 */
public record Column(String name, String olderName, boolean inHeader, Type type, String whenEmpty, boolean aboveZero,
        Pattern pattern, String patternWords, boolean abbreviated, String key, boolean keyOfMalformed) {

    /** What a cell holds. */
    public enum Type {
        /** Any text. */
        TEXT,
        /** A finite number in plain decimal or scientific notation. */
        NUMBER,
        /** An ISO date, YYYY-MM-DD. */
        DATE
    }

    /** Lower-case letters and digits joined by single hyphens: ids and slugs. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** An ISO 3166 alpha-3 code. */
    static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    /** An http(s) address. */
    static final Pattern URL = Pattern.compile("https?://\\S+");

    /** An optional text column the header must have. */
    public static Column text(String name) {
        return new Column(name, name, true, Type.TEXT, "", false, null, "", false, "", false);
    }

    /** An optional number column the header must have. */
    public static Column number(String name) {
        return text(name).as(Type.NUMBER);
    }

    /** An optional date column the header must have. */
    public static Column date(String name) {
        return text(name).as(Type.DATE);
    }

    private Column as(Type t) {
        return new Column(name, olderName, inHeader, t, whenEmpty, aboveZero, pattern, patternWords, abbreviated, key,
                keyOfMalformed);
    }

    /** This column, whose cells need a value: an empty one is "found an empty cell …, expected a value". */
    public Column required() {
        return needing("a value");
    }

    /** This column, whose cells need a number: an empty one is "found an empty cell …, expected a number". */
    public Column requiredNumber() {
        return needing("a number");
    }

    private Column needing(String words) {
        return new Column(name, olderName, inHeader, type, words, aboveZero, pattern, patternWords, abbreviated, key,
                keyOfMalformed);
    }

    /** This number column, whose numbers must be greater than zero. */
    public Column positive() {
        return new Column(name, olderName, inHeader, type, whenEmpty, true, pattern, patternWords, abbreviated, key,
                keyOfMalformed);
    }

    /** This column, whose non-empty cells must match {@code regex}; the cell is shown as written. */
    public Column matching(Pattern regex, String words) {
        return new Column(name, olderName, inHeader, type, whenEmpty, aboveZero, regex, words, false, key,
                keyOfMalformed);
    }

    /** This column, whose non-empty cells must match {@code regex}; the cell is shown abbreviated. */
    public Column matchingAbbreviated(Pattern regex, String words) {
        return new Column(name, olderName, inHeader, type, whenEmpty, aboveZero, regex, words, true, key,
                keyOfMalformed);
    }

    /**
     * This column as a key: a non-empty cell matching its pattern given by an earlier row is reported with
     * {@code message} ({@code %s}: the cell).
     */
    public Column key(String message) {
        return new Column(name, olderName, inHeader, type, whenEmpty, aboveZero, pattern, patternWords, abbreviated,
                message, false);
    }

    /** This column as a key, checked even when the cell does not match its pattern. */
    public Column keyEvenIfMalformed(String message) {
        return new Column(name, olderName, inHeader, type, whenEmpty, aboveZero, pattern, patternWords, abbreviated,
                message, true);
    }

    /** This column, which a file may lack. */
    public Column optionalInHeader() {
        return new Column(name, olderName, false, type, whenEmpty, aboveZero, pattern, patternWords, abbreviated, key,
                keyOfMalformed);
    }

    /** This column, also read under {@code older} when the header lacks {@code name}. */
    public Column or(String older) {
        return new Column(name, older, inHeader, type, whenEmpty, aboveZero, pattern, patternWords, abbreviated, key,
                keyOfMalformed);
    }

    /** The header name this table uses for the column, or empty when it has neither name. */
    public String in(CsvTable table) {
        if (table.hasColumn(name)) {
            return name;
        }
        return table.hasColumn(olderName) ? olderName : "";
    }

    /** Whether the column is a key. */
    public boolean isKey() {
        return !key.isEmpty();
    }
}
