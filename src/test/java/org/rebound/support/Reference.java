package org.rebound.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data sets the tests compare Rebound's data and results with ({@code src/test/resources/reference/},
 * see the README there): files that may be redistributed, vendored byte for byte with their attribution, and our
 * own cited facts.
 */
public final class Reference {
    /** The vendored reference files, relative to the project folder (the tests' working directory). */
    public static final Path VENDORED = Path.of("src/test/resources/reference");

    private Reference() {
    }

    /** A vendored file, by its path under {@code src/test/resources/reference/}. */
    public static Path vendored(String relative) {
        Path file = VENDORED.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(relative + " is not a vendored reference file (" + VENDORED + ")");
        }
        return file;
    }
}
