package org.rebound.domain;

/** How the GPU-hours of a training run were obtained. */
public enum GpuHoursMethod {
    /** Training time × hardware quantity, both reported. */
    GPU_H1("GPU-h1", "training time × hardware quantity"),
    /** Training compute / (peak FLOP/s × performance ratio) / 3600. */
    GPU_H2("GPU-h2", "training compute ÷ (peak FLOP/s × performance ratio) ÷ 3,600"),
    /** The GPU-hours the run's makers published (data/published-footprints.csv), in the best estimate. */
    PUBLISHED("published", "the GPU-hours its makers published");

    private final String label;
    private final String description;

    GpuHoursMethod(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
