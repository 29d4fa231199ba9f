package org.rebound.data;

import java.util.List;
import org.rebound.domain.NotableModel;
import org.rebound.problem.Problem;

/**
 * Epoch AI's export as read.
 *
 * @param file      the path or URL as the user gave it
 * @param schema    {@code 2026} or {@code 2025}, from the header names
 * @param sha256    hash of the bytes read, so an edition names exactly which data it used
 * @param models    every row, in file order, including rows with problems
 * @param warnings  problems with the file itself that do not stop the build (unknown columns)
 */
public record EpochExport(String file, String schema, String sha256, List<NotableModel> models, List<Problem> warnings) {
    public EpochExport {
        models = List.copyOf(models);
        warnings = List.copyOf(warnings);
    }
}
