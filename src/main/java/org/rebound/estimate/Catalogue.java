package org.rebound.estimate;

import java.util.List;
import org.rebound.domain.Accelerator;

/**
 * The production footprint of every card of the catalogue and of the server around them, computed once for the
 * card pages, the card trends and the downloads.
 *
 * @param cards  one footprint per catalogue card, in catalogue order
 * @param server the default server without its cards
 */
public record Catalogue(List<CardFootprint> cards, ServerFootprint server) {

    public Catalogue {
        cards = List.copyOf(cards);
    }

    /** Every card of {@code accelerators} through {@code lca}. */
    public static Catalogue of(List<Accelerator> accelerators, Lca lca) {
        return new Catalogue(accelerators.stream().map(lca::card).toList(), lca.server());
    }
}
