package org.rebound.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * The output folder of a build. Files go to a staging folder beside it; {@link #commit()} replaces the
 * output folder only if it is empty or was made by Rebound (it holds {@link #MARKER}), so the generator
 * never deletes anything it did not make.
 */
public final class SiteOutput {
    /** File that marks a folder as Rebound's output. */
    public static final String MARKER = ".rebound-site";
    private static final String MARKER_TEXT = "Made by Rebound; this folder is replaced by every build.\n";
    private static final String ESTIMATED = "estimated models:";
    /** Name parts of the staging and old folders beside the output, each followed by a unique suffix. */
    private static final String STAGING = ".rebound-staging-";
    private static final String OLD = ".rebound-old-";
    /** How long a build waits for another build of the same output folder to finish. */
    static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(10);
    private static final long LOCK_POLL_MILLIS = 100;

    private final Path target;
    private final Path staging;
    /** Whether files are replaced in the output folder itself (see {@link #update}). */
    private final boolean inPlace;
    /** Folders already made in the staging folder, so that each file costs one write, not a walk up its path. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Files written by this build, so that two routes writing one file fail the build instead of one silently winning. */
    private final Set<Path> written = ConcurrentHashMap.newKeySet();

    /** The output folder's lock, held from {@link #open} to {@link #commit} or {@link #abandon}; none in place. */
    private final Lock lock;

    private SiteOutput(Path target, Path staging, boolean inPlace, Lock lock) {
        this.target = target;
        this.staging = staging;
        this.inPlace = inPlace;
        this.lock = lock;
    }

    /**
     * An exclusive lock on a file beside the output folder ({@code .<name>.rebound-lock}), so that two builds never
     * write one output: the second waits up to {@link #LOCK_WAIT}, then refuses.
     */
    private record Lock(java.nio.channels.FileChannel channel, java.nio.channels.FileLock held) {
        static Lock take(Path target, String shown) {
            Path file = target.resolveSibling("." + target.getFileName() + ".rebound-lock");
            long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
            try {
                java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                while (true) {
                    java.nio.channels.FileLock held;
                    try {
                        held = channel.tryLock();
                    } catch (java.nio.channels.OverlappingFileLockException e) {
                        held = null; // another build in this JVM holds it
                    }
                    if (held != null) {
                        return new Lock(channel, held);
                    }
                    if (System.nanoTime() > deadline) {
                        channel.close();
                        throw new InputException(Problem.ofFile(shown, "another build is writing this output folder "
                                + "(it holds " + file + "), expected it to finish within " + LOCK_WAIT.toSeconds()
                                + " s: wait for it, or choose another --out"));
                    }
                    Thread.sleep(LOCK_POLL_MILLIS);
                }
            } catch (IOException e) {
                throw new InputException(Problem.ofFile(shown, "cannot lock the output folder (" + file + "): "
                        + describe(e)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException(Problem.ofFile(shown, "interrupted while waiting for another build"));
            }
        }

        void release() {
            try {
                held.release();
                channel.close();
            } catch (IOException e) {
                // Closing the channel releases the lock in any case.
            }
        }
    }

    /**
     * Opens an output folder Rebound made, to replace some of its files in place, each atomically (a reader
     * sees the old file or the new one); the other files stay. {@link #commit()} then has nothing left to do.
     * For {@code rebound serve}, which re-renders only the pages a Markdown edit concerns.
     */
    public static SiteOutput update(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute) || !Files.exists(absolute.resolve(MARKER))) {
            throw new InputException(Problem.ofFile(target.toString(), "not a folder made by Rebound (no " + MARKER
                    + " file), expected a built site to update"));
        }
        return new SiteOutput(absolute, absolute, true, null);
    }

    /**
     * Checks that {@code target} may be replaced, takes the output folder's lock (waiting up to {@link #LOCK_WAIT}
     * for another build to finish), removes what crashed builds left (only folders carrying {@link #MARKER}) and
     * prepares a staging folder of its own.
     */
    public static SiteOutput open(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new InputException(Problem.ofFile(target.toString(), "is a file, expected a folder for the site; "
                    + "choose another --out"));
        }
        if (Files.exists(absolute) && !isReplaceable(absolute)) {
            throw new InputException(Problem.ofFile(target.toString(), "the output folder exists and was not made by "
                    + "Rebound (no " + MARKER + " file), expected an empty or new folder; choose another --out"));
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(target.toString(), "cannot create the folder that holds it: "
                    + describe(e)));
        }
        Lock lock = Lock.take(absolute, target.toString());
        try {
            removeLeftovers(absolute);
            Path staging = Files.createTempDirectory(absolute.getParent(), absolute.getFileName() + STAGING);
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            return new SiteOutput(absolute, staging, false, lock);
        } catch (IOException e) {
            lock.release();
            throw new InputException(Problem.ofFile(target.toString(), "cannot create a staging folder beside it: "
                    + describe(e)));
        }
    }

    /** The number of estimated models the site in {@code target} holds, when it says (see {@link #recordModels}). */
    public static java.util.OptionalInt estimatedModels(Path target) {
        Path marker = target.toAbsolutePath().normalize().resolve(MARKER);
        try {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (line.startsWith(ESTIMATED)) {
                    return java.util.OptionalInt.of(Integer.parseInt(line.substring(ESTIMATED.length()).strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No marker, or one without the count: nothing to compare with.
        }
        return java.util.OptionalInt.empty();
    }

    /** Records in the staging folder's marker how many models the site estimates, for the next build to compare. */
    public void recordModels(int estimated) {
        write(MARKER, MARKER_TEXT + ESTIMATED + " " + estimated + "\n");
    }

    /** Deletes the staging and old folders of earlier builds of this output that crashed, if they are Rebound's. */
    private static void removeLeftovers(Path target) throws IOException {
        String name = target.getFileName().toString();
        try (var siblings = Files.list(target.getParent())) {
            for (Path p : siblings.sorted().toList()) {
                String sibling = p.getFileName().toString();
                boolean ours = sibling.startsWith(name + STAGING) || sibling.startsWith(name + OLD);
                if (ours && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(p.resolve(MARKER))) {
                    deleteTree(p);
                }
            }
        }
    }

    private static boolean isReplaceable(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.exists(folder.resolve(MARKER))) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder being written: the staging folder until {@link #commit}, the output folder itself in place. */
    public Path folder() {
        return staging;
    }

    /** Writes a UTF-8 text file at a path relative to the site root. */
    public void write(String relative, String content) {
        write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relative, byte[] content) {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("path outside the site: " + relative);
        }
        if (!written.add(file)) {
            throw new InputException(Problem.ofFile(staging.relativize(file).toString().replace('\\', '/'),
                    "written twice in one build, expected one file per route: two pages or files of the site have "
                    + "the same address"));
        }
        try {
            Path folder = file.getParent();
            if (folders.add(folder)) {
                Files.createDirectories(folder);
            }
            if (inPlace) {
                Path part = file.resolveSibling(file.getFileName() + ".rebound-part");
                Files.write(part, content);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.write(file, content);
            }
        } catch (IOException e) {
            // The message of a full disk is the system's: "No space left on device".
            throw new InputException(Problem.ofFile(file.toString(), "cannot write the file: " + describe(e)));
        }
    }

    /**
     * Copies every file below {@code folder}, byte for byte and in name order, to {@code prefix} in the site;
     * a Rebound marker file is left behind. Returns how many files were copied.
     *
     * @param what what the folder is, for the error message
     */
    public int copyTree(Path folder, String prefix, String what) {
        int files = 0;
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if (!relative.equals(MARKER)) {
                    write(prefix + relative, Files.readAllBytes(p));
                    files++;
                }
            }
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(folder.toString(), "cannot read " + what + ": " + e.getMessage()));
        }
        return files;
    }

    /** Copies one file, {@code from}, to a path relative to the site root (as {@link #write} does with bytes). */
    public void copy(String relative, Path from) {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("path outside the site: " + relative);
        }
        if (!written.add(file)) {
            throw new InputException(Problem.ofFile(relative, "written twice in one build, expected one file per route"));
        }
        try {
            Path folder = file.getParent();
            if (folders.add(folder)) {
                Files.createDirectories(folder);
            }
            Files.copy(from, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file.toString(), "cannot write the file: " + describe(e)));
        }
    }

    /** Replaces the output folder by the staging folder, and releases the lock. */
    public void commit() {
        if (inPlace) {
            return;
        }
        try {
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), target.getFileName() + OLD);
                Files.delete(old); // a unique name, free for the move
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                if (Files.exists(old.resolve(MARKER)) || isEmpty(old)) {
                    deleteTree(old);
                }
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(target.toString(), "cannot replace the output folder: "
                    + describe(e)));
        } finally {
            lock.release();
        }
    }

    /** An I/O failure in words: the system's message, or what kind of failure it was when the message is a path. */
    static String describe(IOException e) {
        String kind = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileAlreadyExistsException ? "it already exists"
                : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
                : e instanceof java.nio.file.DirectoryNotEmptyException ? "the folder is not empty" : "";
        String message = Problem.firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return kind.isEmpty() ? message : kind + " (" + message + ")";
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Removes the staging folder after a failed build, and releases the lock; the output folder is untouched. */
    public void abandon() {
        if (inPlace) {
            return; // the files replaced so far stay replaced
        }
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Nothing more to do: the staging folder is ours, carries the marker, and the next build removes it.
        } finally {
            lock.release();
        }
    }

    /** Deletes a temporary folder, best effort: what cannot be deleted stays in the temporary folder. */
    static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            // Best effort: a leftover temporary file is no reason to fail a build.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
