package org.rebound.problem;

/**
 * One problem in one input file, printed as {@code file:line:column: message}.
 *
 * @param file    the file as the user named it
 * @param line    1-based line of the record, 0 when the problem concerns the whole file
 * @param column  1-based column (field index), 0 when the problem concerns a whole line or file
 * @param message what was found and what was expected
 */
public record Problem(String file, long line, int column, String message) {

    /** How many problems a command prints; a flood's rest is counted in one more line. */
    public static final int SHOWN = 100;

    /** A problem with the whole file. */
    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** The first line of an exception's message, so that a problem stays on one line. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(message).toString();
    }
}
