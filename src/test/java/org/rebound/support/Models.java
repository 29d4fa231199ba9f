package org.rebound.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rebound.domain.NotableModel;
import org.rebound.domain.SourceRef;

/**
 * Test data: a {@link NotableModel} one field at a time, every other field as an Epoch row leaves it (empty), so that
 * a test names only what it is about and a new column of Epoch's touches this class, not every test.
 *
 * <pre>{@code Models.model("GPT-3").hardware("NVIDIA V100").quantity(10000).hours(355.2).build()}</pre>
 */
public final class Models {
    private String name;
    private String organization = "Org";
    private Optional<LocalDate> publicationDate = Optional.of(LocalDate.of(2020, 6, 1));
    private String domain = "Language";
    private String task = "";
    private OptionalDouble parameters = OptionalDouble.empty();
    private OptionalDouble computeFlop = OptionalDouble.empty();
    private OptionalDouble hours = OptionalDouble.empty();
    private List<String> hardware = List.of();
    private OptionalDouble quantity = OptionalDouble.empty();
    private List<String> countries = List.of("France");
    private String numericalFormat = "";
    private String link = "";
    private String confidence = "";
    private OptionalDouble powerDrawWatts = OptionalDouble.empty();
    private String baseModel = "";
    private OptionalDouble finetuneComputeFlop = OptionalDouble.empty();
    private OptionalDouble mfu = OptionalDouble.empty();
    private String computeNotes = "";
    private String timeNotes = "";
    private final java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
    private SourceRef source = new SourceRef("planted", 2);

    private Models(String name) {
        this.name = name;
    }

    /** A model of this name, from "Org" in France, published 2020-06-01, a language model, nothing else known. */
    public static Models model(String name) {
        return new Models(name);
    }

    /** A copy of {@code m} to change (its problems are not kept). */
    public static Models from(NotableModel m) {
        Models b = new Models(m.name());
        b.organization = m.organization();
        b.publicationDate = m.publicationDate();
        b.domain = m.domain();
        b.task = m.task();
        b.parameters = m.parameters();
        b.computeFlop = m.trainingComputeFlop();
        b.hours = m.trainingTimeHours();
        b.hardware = m.hardware();
        b.quantity = m.hardwareQuantity();
        b.countries = m.countries();
        b.numericalFormat = m.numericalFormat();
        b.link = m.link();
        b.confidence = m.confidence();
        b.powerDrawWatts = m.trainingPowerDrawWatts();
        b.baseModel = m.baseModel();
        b.finetuneComputeFlop = m.finetuneComputeFlop();
        b.mfu = m.mfu();
        b.computeNotes = m.computeNotes();
        b.timeNotes = m.trainingTimeNotes();
        b.shown.putAll(m.shown());
        b.source = m.source();
        return b;
    }

    public Models name(String value) {
        name = value;
        return this;
    }

    public Models organization(String value) {
        organization = value;
        return this;
    }

    public Models published(LocalDate day) {
        publicationDate = Optional.of(day);
        return this;
    }

    public Models published(String day) {
        return published(LocalDate.parse(day));
    }

    public Models domain(String value) {
        domain = value;
        return this;
    }

    public Models computeFlop(OptionalDouble value) {
        computeFlop = value;
        return this;
    }

    public Models computeFlop(double value) {
        return computeFlop(OptionalDouble.of(value));
    }

    public Models hours(OptionalDouble value) {
        hours = value;
        return this;
    }

    public Models hours(double value) {
        return hours(OptionalDouble.of(value));
    }

    public Models hardware(String... names) {
        return hardware(List.of(names));
    }

    public Models hardware(List<String> names) {
        hardware = List.copyOf(names);
        return this;
    }

    public Models quantity(OptionalDouble value) {
        quantity = value;
        return this;
    }

    public Models quantity(double value) {
        return quantity(OptionalDouble.of(value));
    }

    public Models countries(String... names) {
        return countries(List.of(names));
    }

    public Models countries(List<String> names) {
        countries = List.copyOf(names);
        return this;
    }

    public Models numericalFormat(String value) {
        numericalFormat = value;
        return this;
    }

    public Models baseModel(String value) {
        baseModel = value;
        return this;
    }

    public Models finetuneComputeFlop(OptionalDouble value) {
        finetuneComputeFlop = value;
        return this;
    }

    public Models mfu(OptionalDouble value) {
        mfu = value;
        return this;
    }

    /** A column shown as read ({@code EpochColumn.SHOWN}), by header. */
    public Models shown(String header, String value) {
        shown.put(header, value);
        return this;
    }

    public Models confidence(String value) {
        confidence = value;
        return this;
    }

    public Models timeNotes(String value) {
        timeNotes = value;
        return this;
    }

    public Models computeNotes(String value) {
        computeNotes = value;
        return this;
    }

    /** Where the row is: a file name and its line. */
    public Models source(String file, long line) {
        source = new SourceRef(file, line);
        return this;
    }

    public Models line(long line) {
        return source(source.file(), line);
    }

    public NotableModel build() {
        return new NotableModel(name, organization, publicationDate, domain, task, parameters, computeFlop, hours,
                hardware, quantity, countries, numericalFormat, link, confidence, powerDrawWatts, baseModel,
                finetuneComputeFlop, mfu, computeNotes, timeNotes, shown, source, List.of());
    }
}
