package org.rebound.estimate;

import java.util.List;
import org.rebound.domain.Impacts;

/** Production impacts of one server without its cards (method §4.2), part by part. */
public record ServerFootprint(List<Part> parts) {

    /** One component line: what it is, how much, its impacts. */
    public record Part(String name, String quantity, Impacts impacts) {
    }

    public ServerFootprint {
        parts = List.copyOf(parts);
    }

    public Impacts total() {
        Impacts sum = Impacts.ZERO;
        for (Part p : parts) {
            sum = sum.plus(p.impacts());
        }
        return sum;
    }

    /** The server of {@code config}, from the component factors. */
    public static ServerFootprint of(ServerConfig config, Factors factors) {
        return of(config, factors, "");
    }

    /** The same, naming the RAM's generation ({@code DDR4}…) when it is known. */
    public static ServerFootprint of(ServerConfig config, Factors factors, String ramType) {
        double ramPerModule = config.ramGb() / config.ramModules();
        return new ServerFootprint(List.of(
                new Part("CPU", config.cpus() + " × " + config.cpuDieCm2() + " cm² die",
                        factors.component("cpu").of(config.cpuDieCm2()).times(config.cpus())),
                new Part("RAM", config.ramModules() + " × " + ramPerModule + " GB" + (ramType.isEmpty() ? "" : " " + ramType)
                        + " at " + config.ramDensityGbPerCm2() + " GB/cm²",
                        factors.component("ram").of(ramPerModule / config.ramDensityGbPerCm2()).times(config.ramModules())),
                new Part("SSD", config.ssdGb() + " GB at " + config.ssdDensityGbPerCm2() + " GB/cm²",
                        factors.component("ssd").of(config.ssdGb() / config.ssdDensityGbPerCm2())),
                new Part("Power supplies", config.powerSupplies() + " × " + config.powerSupplyKg() + " kg",
                        factors.component("power-supply").of(config.powerSupplyKg()).times(config.powerSupplies())),
                new Part("Motherboard", "1", factors.component("motherboard").of(1)),
                new Part("Rack case", "1", factors.component("case-rack").of(1)),
                new Part("Assembly", "1", factors.component("assembly").of(1))));
    }
}
