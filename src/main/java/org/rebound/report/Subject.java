package org.rebound.report;

import org.rebound.domain.NotableModel;

/** What a chart point or a table row is about, so the site can link it to its page. */
public sealed interface Subject {
    /** Nothing to link to. */
    Subject NONE = new None();

    /** A model of the export. */
    record Model(NotableModel model) implements Subject {
    }

    /** A card of the catalogue, by id. */
    record Card(String cardId) implements Subject {
    }

    /** No page. */
    record None() implements Subject {
    }
}
