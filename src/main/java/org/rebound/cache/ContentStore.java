package org.rebound.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files kept by the SHA-256 of their bytes ({@code <folder>/<first two hex digits>/<hash>}): one copy of each content,
 * whatever names it had. A file is written under a temporary name and moved into place, so that a reader never sees a
 * partial file, and two writers of the same content leave one whole copy.
 */
public final class ContentStore {
    /** Hex digits of a hash that name its sub-folder: 256 folders, none holding too many files. */
    private static final int PREFIX = 2;
    private final Path folder;

    private ContentStore(Path folder) {
        this.folder = folder;
    }

    /** The store in {@code folder}, created when first written. */
    public static ContentStore at(Path folder) {
        return new ContentStore(folder.toAbsolutePath().normalize());
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** A new SHA-256 digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Keeps {@code bytes} (once: content already kept is not written again); returns their hash. */
    public String put(byte[] bytes) {
        String hash = sha256(bytes);
        Path file = path(hash);
        if (Files.isRegularFile(file)) {
            return hash;
        }
        try {
            Files.createDirectories(file.getParent());
            Path part = Files.createTempFile(file.getParent(), hash, ".part");
            try {
                Files.write(part, bytes);
                move(part, file);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cache file " + file, e);
        }
        return hash;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The kept file of {@code hash}, if it is there with {@code size} bytes (a file of another size is not it). */
    public Optional<Path> find(String hash, long size) {
        Path file = path(hash);
        try {
            return Files.isRegularFile(file) && Files.size(file) == size ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The bytes kept under {@code hash}, if they are there and still hash to it. */
    public Optional<byte[]> read(String hash) {
        Path file = path(hash);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return sha256(bytes).equals(hash) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Deletes every kept file whose hash is not in {@code kept}; returns how many were deleted. */
    public int retainOnly(Set<String> kept) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (!kept.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the cache folder " + folder, e);
        }
        return deleted;
    }

    private Path path(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + hash);
        }
        return folder.resolve(hash.substring(0, PREFIX)).resolve(hash);
    }
}
