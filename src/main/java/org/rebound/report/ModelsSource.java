package org.rebound.report;

import java.time.LocalDate;

/**
 * Which Epoch export a build read, so that every page can say where its inputs came from.
 *
 * @param location as the user gave it (path or URL)
 * @param sha256   hash of the bytes read
 * @param accessed access date (configuration or --accessed, never the clock); empty when not given
 * @param schema   {@code 2026} or {@code 2025}
 * @param rows     records in the file
 */
public record ModelsSource(String location, String sha256, java.util.Optional<LocalDate> accessed, String schema, int rows) {

    /**
     * How pages name the export: its URL, or its file name alone — never a local path, which would publish the
     * builder's folders and change every page when the same file is named another way. The sha256 identifies it.
     */
    public String name() {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return location;
        }
        java.nio.file.Path file = java.nio.file.Path.of(location).getFileName();
        return file == null ? location : file.toString();
    }
}
