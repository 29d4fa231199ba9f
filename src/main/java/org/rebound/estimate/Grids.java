package org.rebound.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rebound.data.ProjectData;
import org.rebound.domain.CountryName;
import org.rebound.domain.GridFactor;
import org.rebound.domain.GridRegion;
import org.rebound.domain.GridYearFactor;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.domain.Num;
import org.rebound.domain.OperatorPue;
import org.rebound.domain.TrainingSite;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * Which grid a run drew its electricity from and which data centre PUE a source gives for it (method §5): its
 * training site, its operator's fleet PUE, its organisations' countries, the world average, or the location a
 * scenario moves every run to. Apart from the estimator so that a scenario can ask for the grid of a run elsewhere
 * without estimating the run again.
 */
public final class Grids {
    /** Significant digits of a grid region's figures in the explanation. */
    private static final int RATIO_DIGITS = 3;
    private final Assumptions assumptions;
    private final Configuration configuration;
    private final Map<String, CountryName> countries = new HashMap<>();
    private final Map<String, GridFactor> grid = new HashMap<>();
    private final Map<String, TrainingSite> sites = new HashMap<>();
    private final Map<String, TreeMap<Integer, GridYearFactor>> gridYears = new HashMap<>();
    private final Map<String, String> operatorOf = new HashMap<>();
    private final Map<String, TreeMap<Integer, OperatorPue>> operatorPues = new HashMap<>();
    /** Grid regions by country and region, as training-sites.csv names them. */
    private final Map<String, GridRegion> regions = new HashMap<>();

    /** The grids of {@code data} under these assumptions (their location, if a scenario sets one). */
    public Grids(ProjectData data, Assumptions assumptions, Configuration configuration) {
        this.assumptions = assumptions;
        this.configuration = configuration;
        data.trainingSites().forEach(t -> sites.put(t.model(), t));
        data.countries().forEach(c -> countries.put(c.epochName(), c));
        data.gridFactors().forEach(g -> grid.put(g.iso3(), g));
        for (OperatorPue p : data.operatorPues()) {
            p.organisations().forEach(o -> operatorOf.put(o, p.operator()));
            operatorPues.computeIfAbsent(p.operator(), k -> new TreeMap<>()).put(p.year(), p);
        }
        data.gridYears().forEach(y -> gridYears.computeIfAbsent(y.iso3(), k -> new TreeMap<>()).put(y.year(), y));
        data.gridRegions().forEach(r -> regions.put(r.iso3() + "|" + r.gridRegion(), r));
        if (!grid.containsKey(assumptions.unknownCountry())) {
            throw new InputException(Problem.ofFile("electricity-factors.csv", "no row for '"
                    + assumptions.unknownCountry() + "', the unknown-country row of parameters.yaml"));
        }
    }

    /**
     * The year a run drew its electricity: the year of its midpoint, half its training time before its publication
     * (the publication year when Epoch gives no training time).
     */
    public static int trainingYear(NotableModel m) {
        LocalDate end = m.publicationDate().orElseThrow();
        long halfHours = (long) (m.trainingTimeHours().orElse(0) / 2);
        return end.atStartOfDay().minusHours(halfHours).getYear();
    }

    /**
     * A country's factors with the GWP of the year {@code year} (the nearest year the table has) when the configuration
     * uses yearly grids and the table has the country; else its factors as they are.
     */
    private Impacts perKwh(String iso3, int year) {
        Impacts base = grid.get(iso3).perKwh();
        TreeMap<Integer, GridYearFactor> years = gridYears.get(iso3);
        if (!configuration.usesYearlyGrids() || years == null) {
            return base;
        }
        GridYearFactor y = nearest(years, year);
        return Impacts.by(i -> i == Indicator.GWP ? y.gwpKgPerKwh() : base.get(i));
    }

    /** The row of {@code year}, else of the latest year before it, else of the first year after it. */
    static GridYearFactor nearest(TreeMap<Integer, GridYearFactor> years, int year) {
        Map.Entry<Integer, GridYearFactor> floor = years.floorEntry(year);
        return (floor != null ? floor : years.ceilingEntry(year)).getValue();
    }

    /** What the yearly GWP adds to a grid's explanation: which year and where it comes from; empty when unused. */
    private String yearNote(List<String> codes, int year) {
        if (!configuration.usesYearlyGrids() || codes.stream().noneMatch(gridYears::containsKey)) {
            return "";
        }
        Set<Integer> used = new TreeSet<>();
        String source = "";
        for (String code : codes) {
            TreeMap<Integer, GridYearFactor> years = gridYears.get(code);
            if (years != null) {
                GridYearFactor y = nearest(years, year);
                used.add(y.year());
                source = y.source();
            }
        }
        String which = used.equals(Set.of(year)) ? "of " + year + ", the run's training year"
                : "of " + used.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ", the nearest year the table has to the run's training year " + year;
        return "; carbon intensity " + which + " (" + source + "), other indicators per kWh as in electricity-factors.csv";
    }

    /** Grid factors for the organisation's countries: their mean; none or unknown: the world average. */
    public GridAndPue grid(List<String> names, int year) {
        if (assumptions.location().isPresent()) {
            GridFactor shifted = grid.get(assumptions.location().get());
            if (shifted == null) {
                throw new InputException(Problem.ofFile("parameters.yaml", "scenario.location is '"
                        + assumptions.location().get() + "', expected an ISO code of electricity-factors.csv or 'lowest'"));
            }
            return new GridAndPue(List.of(shifted.iso3()), perKwh(shifted.iso3(), year), "Location shifting: every run in "
                    + "the grid of " + shifted.country() + " (" + shifted.iso3() + ")" + yearNote(List.of(shifted.iso3()),
                            year), GridAndPue.LOCATION_SHIFTING);
        }
        Set<String> iso3 = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            CountryName c = countries.get(name);
            Optional<String> code = c == null ? Optional.empty() : c.iso3();
            if (code.isPresent() && grid.containsKey(code.get())) {
                iso3.add(code.get());
            } else {
                unknown.add(name);
            }
        }
        if (iso3.isEmpty()) {
            GridFactor world = grid.get(assumptions.unknownCountry());
            String why = names.isEmpty() ? "No country given" : "Country '" + String.join(", ", new LinkedHashSet<>(unknown))
                    + "' has no grid factor";
            return new GridAndPue(List.of(world.iso3()), perKwh(world.iso3(), year), why + ": " + world.country()
                    + " average (" + world.iso3() + ") used" + yearNote(List.of(world.iso3()), year), GridAndPue.UNKNOWN);
        }
        List<String> codes = iso3.stream().sorted().toList();
        Impacts mean = Impacts.ZERO;
        for (String code : codes) {
            mean = mean.plus(perKwh(code, year));
        }
        mean = mean.times(1.0 / codes.size());
        String explanation = "Assumed from its organisations' countries (no source in data/training-sites.csv says "
                + "where it trained): " + (codes.size() == 1 ? "grid factors of " + grid.get(codes.get(0)).country()
                + " (" + codes.get(0) + ")" : "mean of the grid factors of " + codes.stream()
                        .map(c -> grid.get(c).country() + " (" + c + ")").collect(Collectors.joining(", ")));
        if (!unknown.isEmpty()) {
            explanation += "; '" + String.join(", ", new LinkedHashSet<>(unknown)) + "' left out (no grid factor)";
        }
        return new GridAndPue(codes, mean, explanation + yearNote(codes, year), GridAndPue.ORGANISATION);
    }

    /**
     * The grid of a run: location shifting when a scenario says so; its training site when the configuration uses
     * them and a source gives one; else its organisations' countries.
     */
    public GridAndPue grid(NotableModel m) {
        TrainingSite site = configuration.usesTrainingSites() && assumptions.location().isEmpty()
                ? sites.get(m.name()) : null;
        // The year a source gives for the run, else publication minus half the training time.
        int year = site != null && site.statesTrainingYear() ? site.trainingYear() : trainingYear(m);
        if (site == null) {
            return withOperatorPue(grid(m.countries(), year), m, year);
        }
        GridFactor factor = grid.get(site.iso3());
        String where = (site.dataCentre().isEmpty() ? "" : site.dataCentre() + ", ") + factor.country() + " ("
                + site.iso3() + ")";
        Impacts perKwh = perKwh(site.iso3(), year);
        String regionNote = "";
        GridRegion region = site.gridRegion().isEmpty() ? null : regions.get(site.iso3() + "|" + site.gridRegion());
        if (region != null) {
            // The region's carbon intensity against its country's, one source and year, scales the country's series.
            double ratio = region.ratio();
            Impacts national = perKwh;
            perKwh = Impacts.by(i -> i == Indicator.GWP ? national.get(i) * ratio : national.get(i));
            regionNote = "; carbon intensity × " + Num.sig(ratio, RATIO_DIGITS) + ": " + site.gridRegion() + "'s grid ("
                    + region.zoneName() + ") emitted " + Num.sig(region.zoneGco2ePerKwh(), RATIO_DIGITS) + " g CO2e/kWh in "
                    + region.year() + " against " + Num.sig(region.countryGco2ePerKwh(), RATIO_DIGITS) + " for "
                    + factor.country() + " as a whole (" + region.sourceTitle() + ", data/grid-regions.csv)";
        }
        GridAndPue choice = new GridAndPue(List.of(site.iso3()), perKwh, "Trained at " + where
                + ", as " + site.sourceTitle() + (site.locator().isEmpty() ? "" : ", " + site.locator())
                + " says: grid factors of " + factor.country() + yearNote(List.of(site.iso3()), year) + regionNote,
                GridAndPue.TRAINING_SITE, site.pue(), site.pueSource(), site.pue().isPresent() ? GridAndPue.SITE_PUE : "");
        return site.pue().isPresent() ? choice : withOperatorPue(choice, m, year);
    }

    /**
     * The grid with its operator's published fleet PUE, when the configuration uses them, the model's organisations
     * name exactly one operator of data/operator-pue.csv and that operator published a PUE for the training year or a
     * year before it (the latest such); else the grid as it is.
     */
    private GridAndPue withOperatorPue(GridAndPue choice, NotableModel m, int year) {
        if (!configuration.usesOperatorPues()) {
            return choice;
        }
        Set<String> operators = new TreeSet<>();
        for (String organisation : m.organization().split(",")) {
            String operator = operatorOf.get(organisation.strip());
            if (operator != null) {
                operators.add(operator);
            }
        }
        if (operators.size() != 1) {
            return choice;
        }
        Map.Entry<Integer, OperatorPue> row = operatorPues.get(operators.iterator().next()).floorEntry(year);
        if (row == null) {
            return choice;
        }
        OperatorPue p = row.getValue();
        return choice.withOperatorPue(p.pue(), p.operator() + " " + p.year() + ": " + p.sourceTitle() + ", "
                + p.locator() + " (" + p.sourceUrl() + ")");
    }
}
