package org.rebound;

/** Runs the command line from tests in other packages. */
public final class MainAccess {
    private MainAccess() {
    }

    /** {@link Main#run}: the exit code of a command line. */
    public static int run(String... args) {
        return Main.run(args);
    }

    /** {@link Main#run}, printing to the given streams. */
    public static int run(java.io.PrintStream out, java.io.PrintStream err, String... args) {
        return Main.run(out, err, args);
    }
}
