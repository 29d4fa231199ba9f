package org.rebound.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Edition;
import org.rebound.domain.EverydayComparison;
import org.rebound.domain.GridFactor;
import org.rebound.domain.HardwareAlias;
import org.rebound.domain.HardwareSplit;
import org.rebound.domain.OrganisationFleet;
import org.rebound.domain.Parameters;
import org.rebound.domain.PowerDraw;
import org.rebound.domain.PublishedFootprint;
import org.rebound.domain.RegisteredSlug;
import org.rebound.problem.Problem;

/**
 * Reads the project's {@code data/} folder. Configuration (parameters, edition) is strict: an unknown,
 * missing or malformed key stops the read with every such problem listed ({@link ConfigReader}). Each table is
 * declared once in {@link ProjectTables} and read by one reader ({@link TableSpec}): a bad row is left out and
 * reported. What no single table can check is checked here: an alias naming a card the catalogue lacks, a training
 * site or a year's factor in a country without grid factors, a draw of an unknown card, a split of an unknown name.
 */
public final class ProjectDataReader {

    /** The everyday comparisons' file in the data folder. */
    public static final String EVERYDAY_FILE = "everyday-comparisons.csv";
    /** The columns of the everyday comparisons, in order. */
    static final List<String> EVERYDAY_COLUMNS = ProjectTables.EverydayComparisons.SPEC.names();
    /** The slug registry's file in the data folder. */
    public static final String SLUGS_FILE = "slugs.csv";
    /** The columns of the slug registry, in order ({@code successor} may be absent from older files). */
    public static final List<String> SLUGS_COLUMNS = ProjectTables.Slugs.SPEC.names();
    /** The factor table, whose countries the other tables name. */
    private static final String GRID_FILE = "electricity-factors.csv";

    private ProjectDataReader() {
    }

    /** Reads every file of the data folder. */
    public static ProjectData read(Path dataDir) {
        List<Problem> problems = new ArrayList<>();
        Edition edition = edition(dataDir.resolve("edition.yaml"));
        Parameters parameters = parameters(dataDir.resolve("parameters.yaml"));
        List<Accelerator> accelerators = ProjectTables.Accelerators.read(dataDir.resolve("accelerators"), problems);
        List<HardwareAlias> aliases = ProjectTables.Aliases.read(dataDir.resolve("hardware-aliases"), problems);
        requireKnownCards(aliases, accelerators, problems);
        var countries = ProjectTables.Countries.read(dataDir.resolve("countries.csv"), problems);
        List<GridFactor> grid = ProjectTables.GridFactors.read(dataDir.resolve(GRID_FILE), problems);
        var components = ProjectTables.Components.read(dataDir.resolve("manufacturing-factors.csv"), problems);
        var nodes = ProjectTables.Nodes.read(dataDir.resolve("die-gwp-by-node.csv"), problems);
        var memory = ProjectTables.MemoryDensities.read(dataDir.resolve("memory-density.csv"), problems);
        List<PublishedFootprint> published = publishedFootprints(dataDir.resolve("published-footprints.csv"), problems);
        List<RegisteredSlug> slugs = slugs(dataDir.resolve(SLUGS_FILE), problems);
        // Other tables are checked against every code the factor table names, valid row or not: a bad factor is one
        // problem, not one more for every row that names its country.
        Set<String> gridCodes = ProjectTables.GridFactors.SPEC.values(dataDir.resolve(GRID_FILE),
                ProjectTables.GridFactors.ISO3);
        var sites = ProjectTables.TrainingSites.read(dataDir.resolve("training-sites.csv"), gridCodes, problems);
        List<PowerDraw> draws = ProjectTables.PowerDraws.read(dataDir.resolve("power-draw.csv"), cardIds(accelerators),
                problems);
        var gridYears = ProjectTables.GridYears.read(dataDir.resolve("grid-gwp-by-year.csv"), gridCodes, problems);
        var pues = ProjectTables.OperatorPues.read(dataDir.resolve("operator-pue.csv"), problems);
        Set<String> aliasNames = new HashSet<>();
        aliases.forEach(a -> aliasNames.add(a.epochName()));
        List<HardwareSplit> splits = ProjectTables.HardwareSplits.read(dataDir.resolve("hardware-splits.csv"),
                aliasNames, problems);
        List<OrganisationFleet> fleets = ProjectTables.OrganisationFleets.read(dataDir.resolve("organisation-fleets.csv"),
                aliasNames, problems);
        return new ProjectData(edition, parameters, accelerators, aliases, countries, grid, components, nodes, memory,
                published, slugs, sites, draws, gridYears, pues, splits, fleets,
                everydayComparisons(dataDir.resolve(EVERYDAY_FILE), problems),
                ProjectTables.GridRegions.read(dataDir.resolve("grid-regions.csv"), gridCodes, problems), problems);
    }

    // ---- configuration ----

    /** The parameters of {@code parameters.yaml}; any problem stops the read with every problem listed. */
    static Parameters parameters(Path path) {
        return ConfigReader.parameters(path);
    }

    /** The edition of {@code edition.yaml}; any problem stops the read with every problem listed. */
    static Edition edition(Path path) {
        return ConfigReader.edition(path);
    }

    /** "min to max" as two numbers, min not above max; empty otherwise. */
    static Optional<double[]> range(String text) {
        return ConfigReader.range(text);
    }

    /** The edit distance between two keys. */
    static int distance(String a, String b) {
        return ConfigReader.distance(a, b);
    }

    // ---- tables read on their own, and checks across tables ----

    /** The published footprints; a bad row is left out and reported. */
    static List<PublishedFootprint> publishedFootprints(Path path, List<Problem> problems) {
        return ProjectTables.PublishedFootprints.read(path, problems);
    }

    /** The everyday comparisons; an absent file has none, a bad row is left out and reported. */
    static List<EverydayComparison> everydayComparisons(Path path, List<Problem> problems) {
        return ProjectTables.EverydayComparisons.read(path, problems);
    }

    /** The registered page names; an absent file is an empty registry. */
    static List<RegisteredSlug> slugs(Path path, List<Problem> problems) {
        return ProjectTables.Slugs.read(path, problems);
    }

    private static Set<String> cardIds(List<Accelerator> accelerators) {
        Set<String> ids = new HashSet<>();
        accelerators.forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** Every alias names a card of the catalogue (or none, on purpose). */
    static void requireKnownCards(List<HardwareAlias> aliases, List<Accelerator> accelerators, List<Problem> problems) {
        Set<String> ids = cardIds(accelerators);
        for (HardwareAlias a : aliases) {
            if (a.acceleratorId().isPresent() && !ids.contains(a.acceleratorId().get())) {
                problems.add(new Problem(a.source().file(), a.source().line(), 2, "found '" + a.acceleratorId().get()
                        + "', expected a card id of the catalogue (data/accelerators/)"));
            }
        }
    }
}
