package org.rebound.site;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private final Path target;
    private final Path staging;
    /** Whether files are replaced in the output folder itself (see {@link #update}). */
    private final boolean inPlace;
    /** Folders already made in the staging folder, so that each file costs one write, not a walk up its path. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private SiteOutput(Path target, Path staging, boolean inPlace) {
        this.target = target;
        this.staging = staging;
        this.inPlace = inPlace;
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
        return new SiteOutput(absolute, absolute, true);
    }

    /** Checks that {@code target} may be replaced and prepares an empty staging folder. */
    public static SiteOutput open(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !isReplaceable(absolute)) {
            throw new InputException(Problem.ofFile(target.toString(), "the output folder exists and was not made by "
                    + "Rebound (no " + MARKER + " file), expected an empty or new folder; choose another --out"));
        }
        Path staging = absolute.resolveSibling(absolute.getFileName() + ".rebound-staging");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(MARKER), "Made by Rebound; this folder is replaced by every build.\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(staging.toString(), "cannot create the staging folder: "
                    + e.getMessage()));
        }
        return new SiteOutput(absolute, staging, false);
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

    /** Writes a UTF-8 text file at a path relative to the site root. */
    public void write(String relative, String content) {
        write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relative, byte[] content) {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("path outside the site: " + relative);
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
            throw new UncheckedIOException(e);
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

    /** Replaces the output folder by the staging folder. */
    public void commit() {
        if (inPlace) {
            return;
        }
        try {
            Path old = target.resolveSibling(target.getFileName() + ".rebound-old");
            deleteTree(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(target.toString(), "cannot replace the output folder: "
                    + e.getMessage()));
        }
    }

    /** Removes the staging folder after a failed build; the output folder is untouched. */
    public void abandon() {
        if (inPlace) {
            return; // the files replaced so far stay replaced
        }
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Nothing more to do: the staging folder is ours and outside the output.
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
