package org.rebound.support;

import java.nio.file.Path;

/** The project's own folders, relative to the project folder (the tests' working directory). */
public final class Project {
    private Project() {
    }

    /**
     * The unit tests' data folder, {@code src/test/resources/data/}: a frozen copy of the project's tables (see the
     * README there), so that the numbers a unit test pins move only when the test's own copy does, not when the
     * method's live parameters or tables change.
     */
    public static Path data() {
        return Path.of("src/test/resources/data");
    }

    /**
     * The project's live data folder, {@code data/}: what the build reads. Only the tests tagged {@code live-data}
     * (and the integration tests) read it: they check the live tables themselves, not numbers derived from them.
     */
    public static Path liveData() {
        return Path.of("data");
    }
}
