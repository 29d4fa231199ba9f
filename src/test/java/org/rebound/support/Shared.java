package org.rebound.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared reference data sets are: read there, never copied into the project. */
public final class Shared {
    private Shared() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("rebound.shared", "../shared"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("../shared not found at " + root.toAbsolutePath()
                    + ": clone the project beside it, or pass -Drebound.shared=PATH");
        }
        return root;
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }
}
