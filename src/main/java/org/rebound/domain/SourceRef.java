package org.rebound.domain;

/**
 * Where a record was read: the file as the user named it and the 1-based line where the record starts.
 */
public record SourceRef(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
