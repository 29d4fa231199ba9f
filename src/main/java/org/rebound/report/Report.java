package org.rebound.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rebound.data.ProjectData;
import org.rebound.domain.Edition;
import org.rebound.domain.NodeFactor;
import org.rebound.domain.ParameterKey;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.ServerFootprint;
import org.rebound.stats.TrendFit;

/**
 * Everything the site shows, computed from the results.
 *
 * @param narrative values the Markdown narrative may insert as {@code {{name}}}, formatted
 * @param gwpFit    the exponential trend of training GWP
 */
public record Report(
        Edition edition,
        ModelsSource source,
        ProjectData data,
        Estimation estimation,
        ServerFootprint server,
        List<Headline> headlines,
        Map<String, String> narrative,
        Optional<TrendFit> gwpFit,
        ChartSpec gwpChart,
        List<CardSummary> cards,
        List<ReasonCount> exclusionCounts,
        List<CardTrend> cardTrends) {

    public Report {
        headlines = List.copyOf(headlines);
        narrative = Map.copyOf(narrative);
        cards = List.copyOf(cards);
        exclusionCounts = List.copyOf(exclusionCounts);
        cardTrends = List.copyOf(cardTrends);
    }

    public List<Estimate> estimates() {
        return estimation.estimates();
    }

    /** GWP per cm² of logic die of a node-table row, with this build's fab grid and yield. */
    public double dieGwpKgPerCm2(NodeFactor node) {
        return node.gwpKgCo2ePerCm2(data.parameters().number(ParameterKey.FAB_GRID_GWP),
                data.parameters().number(ParameterKey.FAB_YIELD));
    }

    /** The card summary of an accelerator id. */
    public Optional<CardSummary> card(String id) {
        return cards.stream().filter(c -> c.card().id().equals(id)).findFirst();
    }
}
