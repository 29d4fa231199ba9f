package org.rebound.domain;

import java.time.LocalDate;

/**
 * The edition a build publishes, from {@code data/edition.yaml}. No date comes from the clock.
 *
 * @param endDate        last publication date a model may have to be estimated
 * @param baseUrl        absolute URL of the published site, ending with '/'; the site's Routes build on it
 * @param models         the Epoch export the edition is built from, pinned in the data folder (relative to it)
 * @param modelsSha256   the pinned export's sha256: a build from it refuses other bytes
 * @param modelsAccessed when the pinned export was accessed
 * @param epochLatestUrl where {@code --models latest} downloads from
 * @param released       the day the edition is published, once it is (its archive's {@code date-released})
 * @param repository     the public repository of Rebound's code and data (its archive's {@code repository-code})
 */
public record Edition(int year, String title, LocalDate endDate, String baseUrl, String models,
        String modelsSha256, LocalDate modelsAccessed, String epochLatestUrl, java.util.Optional<LocalDate> released,
        String repository) {


    /** The same edition served from another address (a deployment's base URL, ending with '/'). */
    public Edition withBaseUrl(String url) {
        return new Edition(year, title, endDate, url, models, modelsSha256, modelsAccessed, epochLatestUrl, released,
                repository);
    }
}
