package org.rebound.report;

import java.util.Optional;
import org.rebound.domain.Indicator;
import org.rebound.stats.TrendFit;

/** The production impacts of the catalogue's cards against their release date, for one indicator. */
public record CardTrend(Indicator indicator, Optional<TrendFit> fit, ChartSpec chart) {
}
