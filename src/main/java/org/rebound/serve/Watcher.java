package org.rebound.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, new subfolders included) and single files, and after a burst of changes
 * has settled for {@link #DEBOUNCE} calls back once with what changed.
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
        void changed(java.util.Set<Path> paths, boolean recompute);
    }

    /** A watched folder or file, and whether its change needs a recompute. */
    record Watched(Path path, boolean recompute) {
        Watched {
            path = path.toAbsolutePath().normalize();
        }
    }

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final List<Watched> trees;
    private final List<Watched> files;

    /** Starts watching; events are collected from now on, and delivered by {@link #run}. */
    Watcher(List<Watched> trees, List<Watched> files) throws IOException {
        this.trees = List.copyOf(trees);
        // A file inside a watched folder is watched with it.
        this.files = files.stream().filter(f -> this.trees.stream().noneMatch(t -> f.path().startsWith(t.path())))
                .toList();
        service = FileSystems.getDefault().newWatchService();
        for (Watched t : this.trees) {
            if (Files.isDirectory(t.path())) {
                registerTree(t.path());
            }
        }
        for (Watched f : this.files) {
            Path parent = f.path().getParent();
            if (parent != null && Files.isDirectory(parent) && !folders.containsValue(parent)) {
                register(parent);
            }
        }
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                register(dir);
            }
        }
    }

    private void register(Path dir) throws IOException {
        folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY), dir);
    }

    /** Delivers bursts of changes to {@code listener} until {@link #close()}. */
    void run(Listener listener) {
        try {
            while (true) {
                java.util.Set<Path> paths = new java.util.TreeSet<>();
                boolean recompute = handle(service.take(), paths);
                WatchKey next;
                while ((next = service.poll(DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    recompute |= handle(next, paths);
                }
                if (!paths.isEmpty()) {
                    listener.changed(paths, recompute);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // Closed: the server is stopping.
        }
    }

    /** Reads the events of a key, adding what changed to {@code paths}; returns whether to recompute. */
    private boolean handle(WatchKey key, java.util.Set<Path> paths) {
        boolean recompute = false;
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            Path changed = event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null ? dir
                    : dir.resolve((Path) event.context());
            if (changed == null || ignored(changed)) {
                continue;
            }
            Boolean needs = what(changed);
            if (needs == null && event.kind() == StandardWatchEventKinds.OVERFLOW) {
                needs = true; // events were lost: assume the worst
            }
            if (needs == null) {
                continue;
            }
            recompute |= needs;
            paths.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException gone) {
                    // Deleted again already: nothing to watch.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return recompute;
    }

    /** Editors' backup, swap and lock files (hidden or ending with '~') change nothing. */
    private static boolean ignored(Path changed) {
        String name = changed.getFileName() == null ? "" : changed.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    /** Null when {@code changed} is not watched, else whether it needs a recompute. */
    private Boolean what(Path changed) {
        for (Watched t : trees) {
            if (changed.startsWith(t.path())) {
                return t.recompute();
            }
        }
        for (Watched f : files) {
            if (changed.equals(f.path())) {
                return f.recompute();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
