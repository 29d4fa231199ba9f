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
    /** File that marks a published edition's frozen copy, which no build replaces. */
    public static final String EDITION_MARKER = ".rebound-edition";
    private static final String EDITION_MARKER_TEXT = "A published edition of Rebound: never rebuilt nor replaced.\n";
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
    private record Lock(java.nio.channels.FileChannel channel, java.nio.channels.FileLock held, Path file) {
        /** The lock file of an output folder, beside it. */
        static Path lockFile(Path target) {
            return target.resolveSibling("." + target.getFileName() + ".rebound-lock");
        }

        /**
         * Whether the locked channel is still the file at {@code file}, not one a finished build removed: a token
         * written through the channel must read back through the path.
         */
        private static boolean sameFile(java.nio.channels.FileChannel channel, Path file) {
            try {
                byte[] token = (Long.toString(System.nanoTime(), 36) + "-" + ProcessHandle.current().pid())
                        .getBytes(StandardCharsets.US_ASCII);
                channel.truncate(0);
                channel.write(java.nio.ByteBuffer.wrap(token), 0);
                channel.force(false);
                return !Files.isSymbolicLink(file) && java.util.Arrays.equals(token, Files.readAllBytes(file));
            } catch (IOException e) {
                return false;
            }
        }

        static Lock take(Path target, String shown) {
            Path file = lockFile(target);
            long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
            try {
                while (true) {
                    if (Files.isSymbolicLink(file)) {
                        throw new InputException(Problem.ofFile(shown, "the lock file " + file + " is a symbolic link, "
                                + "expected a plain file or none: links are never followed; remove it"));
                    }
                    java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    java.nio.channels.FileLock held;
                    try {
                        held = channel.tryLock();
                    } catch (java.nio.channels.OverlappingFileLockException e) {
                        held = null; // another build in this JVM holds it
                    }
                    // The file is removed after each build: a lock on a file since removed or replaced locks nothing.
                    if (held != null && sameFile(channel, file)) {
                        return new Lock(channel, held, file);
                    }
                    if (held != null) {
                        held.release();
                    }
                    channel.close();
                    if (System.nanoTime() > deadline) {
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

        /** Removes the lock file, then releases the lock: a build waiting on it retries on a new file. */
        void release() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A lock file left behind is harmless: the next build locks it again.
            }
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
        Path absolute = check(target);
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(target.toString(), "cannot create the folder that holds it: "
                    + describe(e)));
        }
        Lock lock = Lock.take(absolute, target.toString());
        try {
            restoreOld(absolute);
            removeLeftovers(absolute, STAGING);
            Path staging = Files.createTempDirectory(absolute.getParent(), absolute.getFileName() + STAGING);
            readableByAll(staging);
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            return new SiteOutput(absolute, staging, false, lock);
        } catch (IOException e) {
            lock.release();
            throw new InputException(Problem.ofFile(target.toString(), "cannot create a staging folder beside it: "
                    + describe(e)));
        }
    }

    /**
     * The folder a build of {@code target} writes, checked before anything is computed: a symbolic link is followed
     * to its folder (the link stays and shows the new site), a dangling one refused; a file, a file on the way, a
     * folder Rebound did not make or a published edition's frozen copy is refused. Each refusal says why.
     */
    public static Path check(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            try {
                absolute = absolute.toRealPath();
            } catch (IOException e) {
                throw new InputException(Problem.ofFile(target.toString(), "is a symbolic link to a folder that does "
                        + "not exist, expected a folder (or nothing) there; create its folder or choose another --out"));
            }
        }
        for (Path up = absolute.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new InputException(Problem.ofFile(target.toString(), up + " is a file, expected a folder there "
                        + "to hold the site; choose another --out"));
            }
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new InputException(Problem.ofFile(target.toString(), "is a file, expected a folder for the site; "
                    + "choose another --out"));
        }
        if (Files.exists(absolute.resolve(EDITION_MARKER))) {
            throw new InputException(Problem.ofFile(target.toString(), "is a published edition (it holds "
                    + EDITION_MARKER + "), expected another folder: a published edition is never rebuilt nor "
                    + "replaced; choose another --out"));
        }
        if (Files.exists(absolute) && !isReplaceable(absolute)) {
            throw new InputException(Problem.ofFile(target.toString(), "the output folder exists and was not made by "
                    + "Rebound (no " + MARKER + " file), expected an empty or new folder; choose another --out"));
        }
        return absolute;
    }

    /**
     * Puts back the site a build left only in its old folder ({@code <out>.rebound-old-…}: it crashed between
     * commit's two renames), when {@code target} is missing; the newest such folder, if it is Rebound's.
     */
    public static void restore(Path target) {
        Path absolute = check(target);
        if (!Files.isDirectory(absolute.getParent())) {
            return; // a folder not made yet holds no crashed build's site
        }
        Lock lock = Lock.take(absolute, target.toString());
        try {
            restoreOld(absolute);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(target.toString(), "cannot restore the site a crashed build left "
                    + "beside it: " + describe(e)));
        } finally {
            lock.release();
        }
    }

    private static void restoreOld(Path target) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String name = target.getFileName().toString();
        Path newest = null;
        java.nio.file.attribute.FileTime newestTime = null;
        try (var siblings = Files.list(target.getParent())) {
            for (Path p : siblings.sorted().toList()) {
                if (p.getFileName().toString().startsWith(name + OLD)
                        && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(p.resolve(MARKER))) {
                    java.nio.file.attribute.FileTime t = Files.getLastModifiedTime(p.resolve(MARKER));
                    if (newestTime == null || t.compareTo(newestTime) > 0) {
                        newest = p;
                        newestTime = t;
                    }
                }
            }
        }
        if (newest != null) {
            Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** A folder others may read and enter (0755 where permissions are POSIX): a web server runs as another user. */
    private static void readableByAll(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its default permissions apply.
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

    /** Marks the staging folder as a published edition's frozen copy, which {@link #check} refuses to replace. */
    public void markEdition() {
        write(EDITION_MARKER, EDITION_MARKER_TEXT);
    }

    /** Records in the staging folder's marker how many models the site estimates, for the next build to compare. */
    public void recordModels(int estimated) {
        write(MARKER, MARKER_TEXT + ESTIMATED + " " + estimated + "\n");
    }

    /**
     * Deletes the folders of earlier builds of this output named {@code <out><kind>…} (staging folders before a
     * build, old folders only once a new site is in place), if they are Rebound's.
     */
    private static void removeLeftovers(Path target, String kind) throws IOException {
        String name = target.getFileName().toString();
        try (var siblings = Files.list(target.getParent())) {
            for (Path p : siblings.sorted().toList()) {
                String sibling = p.getFileName().toString();
                boolean ours = sibling.startsWith(name + kind);
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
            for (Path p : walk.sorted().toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if (relative.equals(".git") || relative.startsWith(".git/")) {
                    continue; // a clone's repository (its config may hold a token) is never published
                }
                if (Files.isSymbolicLink(p)) {
                    throw new InputException(Problem.ofFile(p.toString(), "is a symbolic link in " + what + ", expected "
                            + "its own files and folders: links are never followed, so no file outside it is published"));
                }
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !relative.equals(MARKER)
                        && !relative.equals(EDITION_MARKER)) {
                    write(prefix + relative, Files.readAllBytes(p));
                    files++;
                }
            }
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(folder.toString(), "cannot read " + what + ": " + describe(e)));
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
            // The new site is in place: what older crashed builds left is no longer needed.
            removeLeftovers(target, OLD);
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
