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

    /** The density row of a memory type, when the table has a density for it. */
    public Optional<MemoryDensity> density(String memoryType) {
        MemoryDensity d = densities.get(memoryType);
        return d == null || d.densityGbPerCm2().isEmpty() ? Optional.empty() : Optional.of(d);
    }
}
