package org.rebound.support;

import java.nio.file.Path;

/** The project's own folders, relative to the project folder (the tests' working directory). */
public final class Project {
    private Project() {
    }

    /** The project's data folder, {@code data/}: what the build reads. */
    public static Path data() {
        return Path.of("data");
    }
}
