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

    /** The line that counts the problems past the first {@link #SHOWN} of {@code total}, printed after them. */
    public static String more(int total) {
        return String.format(java.util.Locale.ROOT, "%,d more problems, %,d in all (the first %d are listed)",
                total - SHOWN, total, SHOWN);
    }

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

    /**
     * Why a file could not be read, in words: "permission denied", "it does not exist", "it is a folder", or the
     * system's reason; never just the path that most such exceptions carry as their message.
     */
    public static String reason(java.nio.file.InvalidPathException e) {
        return "its name has characters this system's locale cannot encode (" + e.getReason() + "): run with a UTF-8 "
                + "locale, such as LANG=C.UTF-8";
    }

    /** The same, for a file that could not be read. */
    public static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a part of its path is a file, not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().equalsIgnoreCase("Is a directory") ? "it is a folder" : firstLine(f.getReason());
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "its bytes are not UTF-8";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an input/output error (" + e.getClass().getSimpleName() + ")"
                : firstLine(message);
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
