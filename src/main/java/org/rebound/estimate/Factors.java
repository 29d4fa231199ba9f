package org.rebound.estimate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rebound.domain.ComponentFactor;
import org.rebound.domain.MemoryDensity;
import org.rebound.domain.NodeFactor;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * The manufacturing factors by component, the node table and memory densities, looked up by key.
 */
public final class Factors {
    /** Components the estimation needs from {@code data/manufacturing-factors.csv}. */
    public static final List<String> COMPONENTS = List.of("card-die", "card-memory", "cpu", "ram", "ssd",
            "power-supply", "motherboard", "case-rack", "assembly");

    private final Map<String, ComponentFactor> components = new HashMap<>();
    private final List<NodeFactor> nodes;
    private final Map<String, MemoryDensity> densities = new HashMap<>();

    public Factors(List<ComponentFactor> components, List<NodeFactor> nodes, List<MemoryDensity> densities) {
        for (ComponentFactor c : components) {
            this.components.put(c.component(), c);
        }
        for (String key : COMPONENTS) {
            if (!this.components.containsKey(key)) {
                throw new InputException(Problem.ofFile("manufacturing-factors.csv", "missing component '" + key
                        + "', expected rows for: " + String.join(", ", COMPONENTS)));
            }
        }
        if (nodes.isEmpty()) {
            throw new InputException(Problem.ofFile("die-gwp-by-node.csv", "no node rows, expected at least one"));
        }
        this.nodes = List.copyOf(nodes);
        for (MemoryDensity d : densities) {
            this.densities.put(d.memoryType(), d);
        }
    }

    public ComponentFactor component(String key) {
        return components.get(key);
    }

    /**
     * The node-table row for a process node: the nearest node, ties to the larger (older) node; nodes larger
     * than the largest row take that row (method §4.1: older nodes take the 28 nm row).
     */
    public NodeFactor node(double nodeNm) {
        NodeFactor best = nodes.get(nodes.size() - 1);
        if (nodeNm >= best.nodeNm()) {
            return best;
        }
        double bestDistance = Double.MAX_VALUE;
        for (NodeFactor n : nodes) {
            double d = Math.abs(n.nodeNm() - nodeNm);
            if (d < bestDistance || (d == bestDistance && n.nodeNm() > best.nodeNm())) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }

    public List<NodeFactor> nodes() {
        return nodes;
    }

    /** A memory type's density and how it was found. */
    public record Density(double gbPerCm2, org.rebound.domain.Expression source) {
    }

    /**
     * The density of a memory type, when the table has one: measured, or derived from another type's measured
     * density by the row's factor (one step; a derived row may not derive from a derived row).
     */
    /** Significant digits of the densities and factors a density's source quotes. */
    private static final int QUOTED_DIGITS = 3;

    public Optional<Density> density(String memoryType) {
        MemoryDensity d = densities.get(memoryType);
        if (d == null) {
            return Optional.empty();
        }
        if (d.densityGbPerCm2().isPresent()) {
            return Optional.of(new Density(d.densityGbPerCm2().getAsDouble(), org.rebound.domain.Expression.text(memoryType
                    + " density of data/memory-density.csv (" + d.exampleDie() + ")")));
        }
        MemoryDensity base = densities.get(d.derivedFrom());
        if (base == null || base.densityGbPerCm2().isEmpty() || d.derivedFactor().isEmpty()) {
            return Optional.empty();
        }
        double factor = d.derivedFactor().getAsDouble();
        double value = base.densityGbPerCm2().getAsDouble() * factor;
        org.rebound.domain.Expression.Builder source = org.rebound.domain.Expression.builder()
                .text(memoryType + " density derived in data/memory-density.csv: ");
        if (factor == 1) {
            source.text("as " + base.memoryType());
        } else {
            source.number(factor, "", QUOTED_DIGITS).text(" × " + base.memoryType());
        }
        return Optional.of(new Density(value, source.text(" (").number(base.densityGbPerCm2().getAsDouble(), "GB/cm²",
                QUOTED_DIGITS).text(")").build()));
    }

    /**
     * The server DRAM generation of a card released in {@code year}: the row with the latest
     * {@code server_from_year} not after it (the earliest such row for older cards); empty when the table has none.
     */
    public Optional<MemoryDensity> serverDram(int year) {
        MemoryDensity best = null;
        MemoryDensity earliest = null;
        for (MemoryDensity d : densities.values()) {
            if (d.serverFromYear().isEmpty() || d.densityGbPerCm2().isEmpty()) {
                continue;
            }
            int from = d.serverFromYear().getAsInt();
            if (earliest == null || from < earliest.serverFromYear().getAsInt()) {
                earliest = d;
            }
            if (from <= year && (best == null || from > best.serverFromYear().getAsInt())) {
                best = d;
            }
        }
        return Optional.ofNullable(best != null ? best : earliest);
    }
}
