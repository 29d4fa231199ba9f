package org.rebound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.rebound.cache.ContentStore;
import org.rebound.site.Publication;
import org.rebound.site.SiteOutput;

/**
 * A build that is not done twice: its output is kept in a content-addressed cache under a key that hashes everything
 * the output depends on — Rebound's own code, every byte of the data, content, templates, changelog, export and
 * published editions, and the options — so that a build whose key was built before restores that output (the same
 * bytes, through the same staging folder and swap) and prints what that build printed, instead of reading, estimating
 * and rendering again. Any change of any input is a new key: a cache can be stale only if a file changes while it is
 * hashed.
 *
 * <p>Not cached: a build that publishes an edition ({@code --freeze}, which must really be made) and an export given by
 * URL or {@code latest} (its bytes are only known once downloaded). The system's fonts, which Java2D draws the PNGs
 * with, are not in the key: after installing other fonts, build once with {@code --no-cache}.
 */
public final class CachedBuild {
    /** How many builds the cache keeps (the most recently used); their files are kept once each. */
    static final int KEPT_BUILDS = 4;
    /** The key's first line: raised when what the key covers, or the manifest's format, changes. */
    private static final String VERSION = "rebound-build-cache 1";
    private static final String BUILDS = "builds";
    private static final String FILES = "files";
    private static final String MANIFEST = ".tsv";
    /** The line of an output folder's marker naming the build it holds. */
    private static final String BUILD_LINE = "build: ";

    private CachedBuild() {
    }

    /** What a cached build did: restored a kept output, or built and kept it. */
    public enum Outcome {
        /** The output folder already held this build: nothing was written. */
        UP_TO_DATE,
        /** The output folder was replaced by a kept build's files. */
        RESTORED,
        /** Built, and kept. */
        BUILT,
        /** Built, not kept: {@code --freeze}, or an export to download. */
        NOT_CACHEABLE
    }

    /**
     * Builds as {@link Build#run} does, or restores the output of an earlier build with the same key from the options'
     * cache folder; without one, builds everything.
     */
    public static Outcome run(Build.Options options, PrintStream log) {
        long start = System.nanoTime();
        Optional<String> key = options.cache().isEmpty() ? Optional.empty() : key(options);
        if (key.isEmpty()) {
            Build.run(options, log);
            return Outcome.NOT_CACHEABLE;
        }
        Path cache = options.cache().get();
        ContentStore files = ContentStore.at(cache.resolve(FILES));
        Path manifest = cache.resolve(BUILDS).resolve(key.get() + MANIFEST);
        Optional<Manifest> kept = Manifest.read(manifest);
        if (kept.isPresent() && upToDate(options.out(), key.get(), kept.get())) {
            touch(manifest);
            kept.get().printed().forEach(log::println);
            if (options.timings()) {
                log.println("timing cache: " + (System.nanoTime() - start) / 1_000_000 + " ms (" + options.out()
                        + " already holds build " + key.get().substring(0, 12) + ")");
            }
            return Outcome.UP_TO_DATE;
        }
        if (kept.isPresent() && restore(kept.get(), key.get(), files, options, log)) {
            touch(manifest);
            if (options.timings()) {
                log.println("timing cache: " + (System.nanoTime() - start) / 1_000_000 + " ms (restored "
                        + kept.get().files().size() + " files of build " + key.get().substring(0, 12) + ")");
            }
            return Outcome.RESTORED;
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Build.Summary summary = Build.run(options, new PrintStream(new Tee(log, printed), true, StandardCharsets.UTF_8));
        keep(options, summary, printed.toString(StandardCharsets.UTF_8), files, manifest);
        mark(options.out(), key.get());
        prune(cache, files);
        return Outcome.BUILT;
    }

    /** What a kept build holds: the site's files by hash, its estimated-models count, and what it printed. */
    record Manifest(int estimated, int rows, String input, double maxShrinkShare, List<String> printed,
            List<Entry> files) {
        Manifest {
            printed = List.copyOf(printed);
            files = List.copyOf(files);
        }

        /** A file of the site: its path under the output folder, its size and hash. */
        record Entry(String path, long size, String sha256) {
        }

        static Optional<Manifest> read(Path file) {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                int estimated = -1;
                int rows = -1;
                String input = "";
                double share = Double.NaN;
                List<String> printed = new ArrayList<>();
                List<Entry> entries = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] cells = line.split("\t", -1);
                    switch (cells[0]) {
                        case "estimated" -> estimated = Integer.parseInt(cells[1]);
                        case "rows" -> rows = Integer.parseInt(cells[1]);
                        case "input" -> input = cells[1];
                        case "max-shrink-share" -> share = Double.parseDouble(cells[1]);
                        case "printed" -> printed.add(unescape(cells[1]));
                        case "file" -> entries.add(new Entry(cells[3], Long.parseLong(cells[1]), cells[2]));
                        default -> {
                            return Optional.empty(); // another format: built again, and kept anew
                        }
                    }
                }
                return estimated < 0 || Double.isNaN(share) ? Optional.empty()
                        : Optional.of(new Manifest(estimated, rows, input, share, printed, entries));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // unreadable: built again
            }
        }

        String text() {
            StringBuilder s = new StringBuilder();
            s.append("estimated\t").append(estimated).append('\n');
            s.append("rows\t").append(rows).append('\n');
            s.append("input\t").append(escape(input)).append('\n');
            s.append("max-shrink-share\t").append(maxShrinkShare).append('\n');
            printed.forEach(p -> s.append("printed\t").append(escape(p)).append('\n'));
            files.forEach(f -> s.append("file\t").append(f.size()).append('\t').append(f.sha256()).append('\t')
                    .append(f.path()).append('\n'));
            return s.toString();
        }
    }

    /** Restores a kept build into the output folder; false, with nothing changed, when a kept file is missing. */
    private static boolean restore(Manifest m, String key, ContentStore files, Build.Options options,
            PrintStream log) {
        List<Path> sources = new ArrayList<>();
        for (Manifest.Entry e : m.files()) {
            Optional<Path> found = files.find(e.sha256(), e.size());
            if (found.isEmpty()) {
                return false;
            }
            sources.add(found.get());
        }
        Publication.refuseShrinking(m.estimated(), m.rows(), m.input(), m.maxShrinkShare(), options.out(),
                options.allowShrink());
        SiteOutput out = SiteOutput.open(options.out());
        try {
            for (int i = 0; i < sources.size(); i++) {
                out.copy(m.files().get(i).path(), sources.get(i));
            }
            out.recordModels(m.estimated());
            out.commit();
        } catch (RuntimeException e) {
            out.abandon();
            throw e;
        }
        mark(options.out(), key);
        m.printed().forEach(log::println);
        return true;
    }

    /** Adds the build's key to the output folder's marker, written after every file of the site. */
    private static void mark(Path out, String key) {
        Path marker = out.resolve(SiteOutput.MARKER);
        try {
            Files.writeString(marker, BUILD_LINE + key + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the next build restores the files instead of finding them in place
        }
    }

    /**
     * Whether {@code out} holds build {@code key} as it was written: its marker names the key, and it holds exactly
     * the manifest's files, each of its size and none written after the marker (a file edited since is newer).
     */
    static boolean upToDate(Path out, String key, Manifest m) {
        Path folder = out.toAbsolutePath().normalize();
        Path marker = folder.resolve(SiteOutput.MARKER);
        try {
            if (!Files.isRegularFile(marker) || !Files.readAllLines(marker, StandardCharsets.UTF_8)
                    .contains(BUILD_LINE + key)) {
                return false;
            }
            long markedMillis = Files.getLastModifiedTime(marker).toMillis();
            java.util.Map<String, Long> sizes = new java.util.HashMap<>();
            m.files().forEach(f -> sizes.put(f.path(), f.size()));
            int[] found = {0};
            boolean[] same = {true};
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path p,
                        java.nio.file.attribute.BasicFileAttributes a) {
                    String relative = folder.relativize(p).toString().replace('\\', '/');
                    if (relative.equals(SiteOutput.MARKER)) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    Long size = sizes.get(relative);
                    if (size == null || !a.isRegularFile() || a.size() != size
                            || a.lastModifiedTime().toMillis() > markedMillis) {
                        same[0] = false;
                        return java.nio.file.FileVisitResult.TERMINATE;
                    }
                    found[0]++;
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            return same[0] && found[0] == sizes.size();
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the output folder's files and what the build printed (its timings aside) under the build's key. */
    private static void keep(Build.Options options, Build.Summary summary, String printed, ContentStore files,
            Path manifest) {
        Path out = options.out().toAbsolutePath().normalize();
        List<Manifest.Entry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = out.relativize(p).toString().replace('\\', '/');
                if (relative.equals(SiteOutput.MARKER)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                entries.add(new Manifest.Entry(relative, bytes.length, files.put(bytes)));
            }
            List<String> lines = printed.lines().filter(l -> !l.startsWith("timing ")).toList();
            org.rebound.report.Report report = summary.report();
            String text = new Manifest(report.estimates().size(), report.source().rows(), report.source().location(),
                    Publication.maxShrinkShare(report), lines, entries).text();
            Files.createDirectories(manifest.getParent());
            Path part = Files.createTempFile(manifest.getParent(), "manifest", ".part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, manifest, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the build in the cache " + manifest.getParent(), e);
        }
    }

    /** Keeps the {@link #KEPT_BUILDS} most recently used builds, and the files they hold. */
    private static void prune(Path cache, ContentStore files) {
        Path builds = cache.resolve(BUILDS);
        try (Stream<Path> list = Files.list(builds)) {
            List<Path> manifests = list.filter(p -> p.getFileName().toString().endsWith(MANIFEST))
                    .sorted(Comparator.comparing(CachedBuild::modified).reversed().thenComparing(Path::toString))
                    .toList();
            for (Path old : manifests.subList(Math.min(KEPT_BUILDS, manifests.size()), manifests.size())) {
                Files.deleteIfExists(old);
            }
            Set<String> kept = new HashSet<>();
            for (Path m : manifests.subList(0, Math.min(KEPT_BUILDS, manifests.size()))) {
                Manifest.read(m).ifPresent(x -> x.files().forEach(f -> kept.add(f.sha256())));
            }
            files.retainOnly(kept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the cache " + cache, e);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void touch(Path p) {
        try {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the order in which builds are pruned
        }
    }

    /**
     * The build's key: the SHA-256 of Rebound's code, the Java running it, the options, and every input file's path and
     * bytes; empty when the build is not cached ({@code --freeze}, or an export to download).
     */
    static Optional<String> key(Build.Options o) {
        if (o.freeze() || o.models().map(m -> m.equals("latest") || m.matches("(?i)https?://.*")).orElse(false)) {
            return Optional.empty();
        }
        // An export past the cap is refused by the build at once: not hashed first.
        if (o.models().map(CachedBuild::pastCap).orElse(false)) {
            return Optional.empty();
        }
        MessageDigest d = ContentStore.digest();
        line(d, VERSION);
        line(d, "code " + codeIdentity());
        line(d, "java " + Runtime.version() + " " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        line(d, "options data=" + o.data() + " content=" + o.content() + " templates=" + o.templates() + " out="
                + o.out().toAbsolutePath().normalize() + " models=" + o.models() + " accessed=" + o.accessed()
                + " changelog=" + o.changelog() + " editions=" + o.editions() + " base-url=" + o.baseUrl()
                + " allow-shrink=" + o.allowShrink());
        tree(d, "data", o.data());
        tree(d, "content", o.content());
        tree(d, "templates", o.templates());
        tree(d, "changelog", o.changelog());
        o.models().ifPresent(m -> tree(d, "models", Path.of(m)));
        o.editions().ifPresent(e -> tree(d, "editions", e));
        return Optional.of(HexFormat.of().formatHex(d.digest()));
    }

    /** Whether {@code models} is a local file larger than the build reads ({@link Build#DOWNLOAD_MAX_BYTES}). */
    private static boolean pastCap(String models) {
        try {
            Path p = Path.of(models);
            return Files.isRegularFile(p) && Files.size(p) > Build.DOWNLOAD_MAX_BYTES;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return false; // the build says what is wrong with it
        }
    }

    /** Every regular file under {@code root} (or {@code root} itself), by relative path, size and bytes. */
    private static void tree(MessageDigest d, String label, Path root) {
        if (!Files.exists(root)) {
            line(d, "absent " + label);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                // Streamed, not read whole: an input of any size is hashed in constant memory.
                line(d, label + " " + root.relativize(p).toString().replace('\\', '/') + " " + Files.size(p));
                try (java.io.InputStream in = Files.newInputStream(p)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0;) {
                        d.update(buffer, 0, n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + " to find its cached build", e);
        }
    }

    /**
     * What identifies the running code: for a jar, each entry's name, size and CRC-32 (read from its directory, not
     * its contents); for a folder of classes, each file's bytes, and the class path (its libraries' versions).
     */
    static String codeIdentity() {
        MessageDigest d = ContentStore.digest();
        try {
            Path source = Path.of(CachedBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(source)) {
                try (ZipFile jar = new ZipFile(source.toFile())) {
                    jar.stream().sorted(Comparator.comparing(ZipEntry::getName)).forEach(e -> line(d, e.getName()
                            + " " + e.getSize() + " " + e.getCrc()));
                }
            } else {
                line(d, "class-path " + System.getProperty("java.class.path"));
                tree(d, "classes", source);
            }
        } catch (IOException | URISyntaxException | SecurityException e) {
            line(d, "unknown code " + System.nanoTime()); // never equal: such a build is not restored
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void line(MessageDigest d, String text) {
        d.update(text.getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Writes to two streams: the build's log, and the copy kept with its output. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
