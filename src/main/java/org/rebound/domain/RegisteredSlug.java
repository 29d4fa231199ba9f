package org.rebound.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A model's page name, registered once in {@code data/slugs.csv} and kept in every later edition, so that a
 * cited address keeps naming the same model whatever arrives in Epoch's data.
 *
 * @param slug            the page name ({@code models/<slug>/})
 * @param model           Epoch's model name, exactly
 * @param publicationDate the model's publication date when registered, which tells apart models of one name
 * @param registered      the edition year it was registered in
 * @param successor       the slug of the entry that replaced this model when Epoch renamed it (its old address then
 *                        leads there); empty for most
 */
public record RegisteredSlug(String slug, String model, Optional<LocalDate> publicationDate, int registered,
        Optional<String> successor) {

    /** An entry without successor. */
    public RegisteredSlug(String slug, String model, Optional<LocalDate> publicationDate, int registered) {
        this(slug, model, publicationDate, registered, Optional.empty());
    }

    /** The same entry, succeeded by {@code slug}. */
    public RegisteredSlug succeededBy(String slug) {
        return new RegisteredSlug(this.slug, model, publicationDate, registered, Optional.of(slug));
    }
}
