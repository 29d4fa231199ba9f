package org.rebound.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders (recursively, new subfolders included) and single files, and after a burst of changes
 * has settled for {@link #DEBOUNCE} calls back once with what changed.
 *
 * <p>The watching is io.methvin's directory-watcher: it follows new subfolders, uses macOS's native events
 * (the JDK's watch service only polls there), and hashes the files it watches, so that an event that left a
 * file's bytes as they were (a touch) is no change. A save of the same bytes usually is none either, but not
 * always: the hash may be taken between the editor's truncation and its write. What is left here is what
 * Rebound decides: which paths count, which need a recompute, and the debouncing.
 */
final class Watcher implements AutoCloseable {
    /** Quiet time that ends a burst: an editor's save is several events within a few milliseconds. */
    static final Duration DEBOUNCE = Duration.ofMillis(30);

    /** Receives the end of a burst of changes. */
    interface Listener {
        /**
         * @param paths     the files and folders that changed (absolute)
         * @param recompute whether the data changed, not only the content or the templates
         */
        void changed(Set<Path> paths, boolean recompute);
    }

    /** A watched folder or file, and whether its change needs a recompute. */
    record Watched(Path path, boolean recompute) {
        Watched {
            path = path.toAbsolutePath().normalize();
        }
    }

    private final List<Watched> trees;
    private final List<Watched> files;
    private final DirectoryWatcher watcher;

    /** Guards what follows: the changes of the burst under way, not delivered yet. */
    private final Object lock = new Object();
    private final Set<Path> pending = new TreeSet<>();
    private boolean pendingRecompute;
    private long lastEventNanos;
    private boolean closed;

    /** Starts watching; events are collected from now on, and delivered by {@link #run}. */
    Watcher(List<Watched> trees, List<Watched> files) throws IOException {
        this.trees = List.copyOf(trees);
        // A file inside a watched folder is watched with it.
        this.files = files.stream().filter(f -> this.trees.stream().noneMatch(t -> f.path().startsWith(t.path())))
                .toList();
        List<Path> roots = new ArrayList<>();
        for (Watched t : this.trees) {
            if (Files.isDirectory(t.path()) && !roots.contains(t.path())) {
                roots.add(t.path());
            }
        }
        // A single file is watched through its folder, which is not walked: only the file itself is looked at.
        List<Path> shallow = new ArrayList<>();
        for (Watched f : this.files) {
            Path parent = f.path().getParent();
            if (parent != null && Files.isDirectory(parent) && !roots.contains(parent)) {
                roots.add(parent);
                shallow.add(parent);
            }
        }
        watcher = DirectoryWatcher.builder()
                .paths(roots)
                .fileTreeVisitor(visitor(shallow))
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        collect(event);
                    }

                    @Override
                    public void onException(Exception e) {
                        // A file gone again before it was looked at: nothing to report.
                    }
                })
                .build();
        // Registers every folder before it returns; the events are then read on a thread of their own (never the
        // common pool, which the Monte Carlo of a rebuild uses).
        CompletableFuture<Void> watching = watcher.watchAsync(task -> {
            Thread t = new Thread(task, "rebound-serve-events");
            t.setDaemon(true);
            t.start();
        });
        if (watching.isCompletedExceptionally()) {
            watcher.close();
            try {
                watching.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }
    }

    /** Walks the watched folders as usual, but only lists the watched files of a single file's folder. */
    private FileTreeVisitor visitor(List<Path> shallow) {
        return (start, onDirectory, onFile) -> {
            if (!shallow.contains(start)) {
                FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(start, onDirectory, onFile);
                return;
            }
            onDirectory.call(start);
            for (Watched f : files) {
                if (start.equals(f.path().getParent()) && Files.isRegularFile(f.path())) {
                    onFile.call(f.path());
                }
            }
        };
    }

    /** Adds an event to the burst under way (on the watcher's thread). */
    private void collect(DirectoryChangeEvent event) {
        boolean overflow = event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW;
        Path changed = event.path() == null ? event.rootPath() : event.path();
        synchronized (lock) {
            lastEventNanos = System.nanoTime(); // any event prolongs the burst
            if (changed != null && !ignored(changed)) {
                Boolean needs = what(changed);
                if (needs == null && overflow) {
                    needs = true; // events were lost: assume the worst
                }
                if (needs != null) {
                    pendingRecompute |= needs;
                    pending.add(changed.toAbsolutePath().normalize());
                }
            }
            lock.notifyAll();
        }
    }

    /** Delivers bursts of changes to {@code listener} until {@link #close()}. */
    void run(Listener listener) {
        try {
            while (true) {
                Set<Path> paths;
                boolean recompute;
                synchronized (lock) {
                    while (!closed && pending.isEmpty()) {
                        lock.wait();
                    }
                    long quiet;
                    while (!closed && (quiet = lastEventNanos + DEBOUNCE.toNanos() - System.nanoTime()) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(lock, quiet);
                    }
                    if (closed) {
                        return; // the server is stopping
                    }
                    paths = new TreeSet<>(pending);
                    recompute = pendingRecompute;
                    pending.clear();
                    pendingRecompute = false;
                }
                listener.changed(paths, recompute);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Editors' backup, swap and lock files (hidden or ending with '~') change nothing. */
    private static boolean ignored(Path changed) {
        String name = changed.getFileName() == null ? "" : changed.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    /** Null when {@code changed} is not watched, else whether it needs a recompute. */
    private Boolean what(Path changed) {
        Path path = changed.toAbsolutePath().normalize();
        for (Watched t : trees) {
            if (path.startsWith(t.path())) {
                return t.recompute();
            }
        }
        for (Watched f : files) {
            if (path.equals(f.path())) {
                return f.recompute();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        watcher.close();
    }
}
