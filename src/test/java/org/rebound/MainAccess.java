package org.rebound;

/** Runs the command line from tests in other packages. */
public final class MainAccess {
    private MainAccess() {
    }

    /** {@link Main#run}: the exit code of a command line. */
    public static int run(String... args) {
        return Main.run(args);
    }
}
