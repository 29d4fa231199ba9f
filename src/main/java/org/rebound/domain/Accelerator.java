package org.rebound.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One card (or chip, as Epoch counts {@code Hardware quantity}) of the accelerator catalogue. Unknown facts
 * are empty, never guessed.
 *
 * @param id               stable slug, e.g. {@code nvidia-a100-sxm4-80gb}
 * @param dieAreaMm2       total logic die area on the card, mm²
 * @param memoryGb         on-card memory, GB
 * @param memoryType       memory generation as written in {@code data/memory-density.csv} (GDDR5, HBM2e…), may be empty
 * @param tdpWatts         thermal design power, W
 * @param fp32Tflops       dense FP32 peak, 10^12 FLOP/s
 * @param tf32Tflops       dense TF32 tensor peak, 10^12 FLOP/s
 * @param fp16TensorTflops dense FP16/BF16 tensor peak, 10^12 FLOP/s
 * @param fp8Tflops        dense FP8 peak, 10^12 FLOP/s
 * @param int8Tops         dense INT8 peak, 10^12 OP/s (only for accelerators without a floating-point peak)
 */
public record Accelerator(
        String id,
        String vendor,
        String name,
        String family,
        Optional<LocalDate> releaseDate,
        String architecture,
        OptionalDouble processNm,
        OptionalDouble dieAreaMm2,
        OptionalDouble memoryGb,
        String memoryType,
        OptionalDouble tdpWatts,
        OptionalDouble fp32Tflops,
        OptionalDouble tf32Tflops,
        OptionalDouble fp16TensorTflops,
        OptionalDouble fp8Tflops,
        OptionalDouble int8Tops,
        String formFactor,
        String refEpochHardware,
        String refChipDataset,
        String sourceUrl,
        String notes,
        SourceRef source) {

    /** Memory on the logic die itself (wafer-scale SRAM): no separate memory dies to produce. */
    public boolean memoryOnDie() {
        return "SRAM".equals(memoryType);
    }

    /** Vendor and name, e.g. {@code NVIDIA A100 SXM4 80 GB}. */
    public String displayName() {
        return name.startsWith(vendor) ? name : vendor + " " + name;
    }
}
