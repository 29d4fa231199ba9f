package org.rebound.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * A content-addressed cache of rendered PNGs, so that a rebuild draws only the charts and labels whose input changed.
 * A PNG is a pure function of its input ({@link PngChart#key}, {@link LabelPng#key}: the spec or text, the credit and
 * the renderer's version), so a PNG found under its input's hash is the PNG the renderer would draw, and a hit
 * returns exactly the bytes once written.
 *
 * <p>Files are {@code <dir>/<sha256 of the input>.png}, written to a temporary file in the same folder and moved into
 * place atomically: a reader sees a whole file or none, and two writers of one key (they write the same bytes) leave
 * one of their files. A file that is not a whole PNG whose every chunk's CRC checks (truncated, damaged, a
 * half-written file of a crashed writer on a file system without atomic moves) is not served: the PNG is drawn again
 * and replaces it. The cache is a help, never a dependency: a folder that cannot be read or written costs a render,
 * not a failed build.
 *
 * <p>Not thread-confined: one cache may serve concurrent renders.
 */
public final class PngCache {
    private static final String SUFFIX = ".png";
    private static final String TEMP_PREFIX = ".tmp-";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** A chunk's length, type and CRC fields around its data. */
    private static final int CHUNK_OVERHEAD = 12;
    private static final int FIELD = 4;
    private static final PngCache NONE = new PngCache(Optional.empty());

    private final Optional<Path> dir;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private PngCache(Optional<Path> dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir} (created when first written), e.g. {@code target/cache/png}. */
    public static PngCache at(Path dir) {
        return new PngCache(Optional.of(dir));
    }

    /** No cache: every PNG is drawn. */
    public static PngCache none() {
        return NONE;
    }

    /**
     * The PNG of {@code key}: the cached bytes when a whole PNG is stored under it, else {@code render}'s, stored for
     * the next build.
     */
    public byte[] png(Key key, Supplier<byte[]> render) {
        if (dir.isEmpty()) {
            return render.get();
        }
        Path file = dir.get().resolve(key.sha256() + SUFFIX);
        Optional<byte[]> cached = read(file);
        if (cached.isPresent()) {
            hits.incrementAndGet();
            return cached.get();
        }
        misses.incrementAndGet();
        byte[] png = render.get();
        write(file, png);
        return png;
    }

    /** PNGs served from the folder since this cache was made. */
    public int hits() {
        return hits.get();
    }

    /** PNGs drawn since this cache was made (all of them without a folder are not counted). */
    public int misses() {
        return misses.get();
    }

    private static Optional<byte[]> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return whole(bytes) ? Optional.of(bytes) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // Unreadable: drawn again, and written over if the folder allows.
            return Optional.empty();
        }
    }

    /** Writes {@code png} to {@code file} through a temporary file in its folder, moved into place atomically. */
    private static void write(Path file, byte[] png) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), TEMP_PREFIX, SUFFIX);
            Files.write(tmp, png);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // A reader may then see a partial file: whole() refuses it.
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            // Not cached; the PNG itself is fine.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A stray temporary file: harmless, never served (it has no key's name).
                }
            }
        }
    }

    /** Whether {@code bytes} is a whole PNG: the signature, chunks whose CRCs check, and IEND last, at the very end. */
    static boolean whole(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        int at = SIGNATURE.length;
        while (at + CHUNK_OVERHEAD <= bytes.length) {
            long length = Integer.toUnsignedLong(intAt(bytes, at));
            if (length > bytes.length - at - CHUNK_OVERHEAD) {
                return false;
            }
            int data = at + 2 * FIELD;
            int end = data + (int) length;
            CRC32 crc = new CRC32();
            crc.update(bytes, at + FIELD, FIELD + (int) length);
            if ((int) crc.getValue() != intAt(bytes, end)) {
                return false;
            }
            boolean iend = bytes[at + FIELD] == 'I' && bytes[at + FIELD + 1] == 'E' && bytes[at + FIELD + 2] == 'N'
                    && bytes[at + FIELD + 3] == 'D';
            at = end + FIELD;
            if (iend) {
                return at == bytes.length;
            }
        }
        return false;
    }

    private static int intAt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    /**
     * The name of a PNG's input: the SHA-256, in hex, of its parts, each written with its length so that no two lists
     * of parts write the same bytes.
     */
    public record Key(String sha256) {
        /** Lengths of a SHA-256 in hex. */
        private static final int HEX_LENGTH = 64;

        public Key {
            if (sha256.length() != HEX_LENGTH || !sha256.chars().allMatch(c -> c >= '0' && c <= '9'
                    || c >= 'a' && c <= 'f')) {
                throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
            }
        }

        /**
         * The key of {@code parts}, and of the JDK that draws them: its rasteriser and fonts make the pixels, so a
         * PNG cached under one JDK is not served under another.
         */
        public static Key of(List<String> parts) {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
            update(sha, System.getProperty("java.vendor", "") + " " + System.getProperty("java.version", ""));
            for (String part : parts) {
                update(sha, part);
            }
            return new Key(HexFormat.of().formatHex(sha.digest()));
        }

        private static void update(MessageDigest sha, String part) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }

        /** An image credit's fields, in order, as parts of a key. */
        public static List<String> parts(ImageCredit credit) {
            return List.of(credit.title(), credit.description(), credit.creator(), credit.credit(), credit.licenceUrl(),
                    credit.sourceUrl());
        }
    }
}
