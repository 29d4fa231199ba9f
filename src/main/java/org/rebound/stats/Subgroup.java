package org.rebound.stats;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import org.rebound.estimate.Estimate;

/** Subsets of the estimated models on which trends are fitted too (method §6). */
public enum Subgroup {
    ALL("all", "all models", e -> true),
    LANGUAGE("language", "language models", e -> e.model().domain().toLowerCase(Locale.ROOT).contains("language")),
    NVIDIA("nvidia", "NVIDIA-trained", e -> !e.hardwareImputed()
            && e.cardFootprint().accelerator().vendor().equals("NVIDIA")),
    BEFORE_2018("before-2018", "published before 2018", e -> e.model().publicationDate().orElseThrow()
            .isBefore(LocalDate.of(2018, 1, 1))),
    FROM_2018("from-2018", "published 2018 or later", e -> !e.model().publicationDate().orElseThrow()
            .isBefore(LocalDate.of(2018, 1, 1))),
    /** The runs on the hardware Epoch's rows name: the trends without the runs whose card was imputed. */
    HARDWARE_KNOWN("hardware-known", "hardware known (none imputed)", e -> !e.hardwareImputed());

    private final String key;
    private final String label;
    private final Predicate<Estimate> member;

    Subgroup(String key, String label, Predicate<Estimate> member) {
        this.key = key;
        this.label = label;
        this.member = member;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean contains(Estimate e) {
        return member.test(e);
    }
}
