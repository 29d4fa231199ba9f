package org.rebound.report;

import java.util.List;
import org.rebound.domain.Accelerator;
import org.rebound.estimate.CardFootprint;
import org.rebound.estimate.Estimate;

/**
 * A catalogue card, its production footprint and the estimated models trained on it.
 *
 * @param slug page name ({@code gpus/<slug>/})
 */
public record CardSummary(String slug, Accelerator card, CardFootprint footprint, List<Estimate> models) {
    public CardSummary {
        models = List.copyOf(models);
    }
}
