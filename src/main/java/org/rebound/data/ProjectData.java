package org.rebound.data;

import java.util.List;
import org.rebound.domain.Accelerator;
import org.rebound.domain.ComponentFactor;
import org.rebound.domain.CountryName;
import org.rebound.domain.Edition;
import org.rebound.domain.GridFactor;
import org.rebound.domain.HardwareAlias;
import org.rebound.domain.MemoryDensity;
import org.rebound.domain.NodeFactor;
import org.rebound.domain.Parameters;
import org.rebound.problem.Problem;

/**
 * Everything the project maintains in {@code data/}, read and typed.
 *
 * @param slugs    the registered page names of models ({@code slugs.csv})
 * @param trainingSites where runs took place ({@code training-sites.csv})
 * @param powerDraws measured training draws of cards ({@code power-draw.csv})
 * @param gridYears  the GWP of each country's electricity by year ({@code grid-gwp-by-year.csv})
 * @param operatorPues the fleet PUE operators published by year ({@code operator-pue.csv})
 * @param hardwareSplits the cards of each listed type a source states for runs of several types
 * @param gridRegions grid regions' carbon intensity against their country's ({@code grid-regions.csv})
 * @param fleets the accelerators operators document for their organisations' runs ({@code organisation-fleets.csv})
 * @param everydayComparisons the everyday quantities runs are compared with ({@code everyday-comparisons.csv})
 * @param problems rows that could not be read (each row is left out); the project's tests require none
 */
public record ProjectData(
        Edition edition,
        Parameters parameters,
        List<Accelerator> accelerators,
        List<HardwareAlias> aliases,
        List<CountryName> countries,
        List<GridFactor> gridFactors,
        List<ComponentFactor> components,
        List<NodeFactor> nodes,
        List<MemoryDensity> memoryDensities,
        List<org.rebound.domain.PublishedFootprint> publishedFootprints,
        List<org.rebound.domain.RegisteredSlug> slugs,
        List<org.rebound.domain.TrainingSite> trainingSites,
        List<org.rebound.domain.PowerDraw> powerDraws,
        List<org.rebound.domain.GridYearFactor> gridYears,
        List<org.rebound.domain.OperatorPue> operatorPues,
        List<org.rebound.domain.HardwareSplit> hardwareSplits,
        List<org.rebound.domain.OrganisationFleet> fleets,
        List<org.rebound.domain.EverydayComparison> everydayComparisons,
        List<org.rebound.domain.GridRegion> gridRegions,
        List<Problem> problems) {

    public ProjectData {
        accelerators = List.copyOf(accelerators);
        aliases = List.copyOf(aliases);
        countries = List.copyOf(countries);
        gridFactors = List.copyOf(gridFactors);
        components = List.copyOf(components);
        nodes = List.copyOf(nodes);
        memoryDensities = List.copyOf(memoryDensities);
        slugs = List.copyOf(slugs);
        trainingSites = List.copyOf(trainingSites);
        powerDraws = List.copyOf(powerDraws);
        gridYears = List.copyOf(gridYears);
        operatorPues = List.copyOf(operatorPues);
        hardwareSplits = List.copyOf(hardwareSplits);
        fleets = List.copyOf(fleets);
        everydayComparisons = List.copyOf(everydayComparisons);
        gridRegions = List.copyOf(gridRegions);
        problems = List.copyOf(problems);
    }

    /** The same data with other parameters (scenarios, reference set-ups). */
    public ProjectData withParameters(Parameters other) {
        return new ProjectData(edition, other, accelerators, aliases, countries, gridFactors, components, nodes,
                memoryDensities, publishedFootprints, slugs, trainingSites, powerDraws, gridYears, operatorPues,
                hardwareSplits, fleets, everydayComparisons, gridRegions, problems);
    }

    /** The same data with another edition (e.g. the base URL a deployment gives). */
    public ProjectData withEdition(Edition other) {
        return new ProjectData(other, parameters, accelerators, aliases, countries, gridFactors, components, nodes,
                memoryDensities, publishedFootprints, slugs, trainingSites, powerDraws, gridYears, operatorPues,
                hardwareSplits, fleets, everydayComparisons, gridRegions, problems);
    }
}
