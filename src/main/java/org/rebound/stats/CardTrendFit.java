package org.rebound.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rebound.domain.Indicator;
import org.rebound.domain.Units;
import org.rebound.estimate.CardFootprint;

/**
 * The trend of one indicator of producing one card against the card's release date, over the catalogue's
 * cards released in the study period (method §4.1).
 *
 * @param points the cards fitted, in the catalogue's order
 * @param fit    the exponential fit, when there are enough cards
 */
public record CardTrendFit(Indicator indicator, List<Point> points, Optional<TrendFit> fit) {

    /** Subgroup key of the card trends in the trend table. */
    public static final String SUBGROUP = "catalogue";

    /**
     * One card.
     *
     * @param cardId accelerator id of the catalogue
     * @param year   release date, decimal year
     * @param value  the indicator of producing one card
     */
    public record Point(String cardId, double year, double value) {
    }

    public CardTrendFit {
        points = List.copyOf(points);
    }

    /** The fit of each indicator over the cards released from {@code start} to {@code end}. */
    public static List<CardTrendFit> fit(List<CardFootprint> cards, LocalDate start, LocalDate end) {
        List<CardTrendFit> fits = new ArrayList<>();
        for (Indicator indicator : Indicator.ALL) {
            List<Point> points = new ArrayList<>();
            List<Trends.Point> fitPoints = new ArrayList<>();
            for (CardFootprint c : cards) {
                Optional<LocalDate> released = c.accelerator().releaseDate();
                if (released.isEmpty() || released.get().isBefore(start) || released.get().isAfter(end)) {
                    continue;
                }
                double year = Units.decimalYear(released.get());
                double value = c.total().get(indicator);
                points.add(new Point(c.accelerator().id(), year, value));
                fitPoints.add(new Trends.Point(year, value));
            }
            fits.add(new CardTrendFit(indicator, points, Trends.fit(fitPoints)));
        }
        return fits;
    }

    /** What is fitted: "GWP of producing one card". */
    public String title() {
        return indicator.label() + " of producing one card";
    }

    /** The row of the trend table ({@code card_production_gwp_kgco2e}), when there is a fit. */
    public Optional<TrendRow> row(String scenario) {
        return fit.map(f -> new TrendRow("card_production_" + indicator.column(), title(), scenario, SUBGROUP, f));
    }
}
