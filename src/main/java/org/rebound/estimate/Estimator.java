package org.rebound.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.rebound.data.ProjectData;
import org.rebound.domain.Accelerator;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Exclusion;
import org.rebound.domain.Expression;
import org.rebound.domain.Exclusion.Reason;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.HardwareAlias;
import org.rebound.domain.HardwareSplit;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.domain.OrganisationFleet;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.PowerDraw;
import org.rebound.domain.PublishedFootprint;
import org.rebound.domain.Units;
import org.rebound.problem.Problem;

/**
 * Decides which models can be estimated (method §2), takes their GPU-hours from {@link GpuHours} (§3), their grid from
 * {@link Grids} and their footprint from {@link Lca}, and lists every other model with its reason.
 */
public final class Estimator {
    private final Assumptions assumptions;
    private final Optional<DrawShareFit> drawShareFit;
    private final ProjectData data;
    private final Optional<ShareOfPeakFit> shareOfPeak;
    private final Lca lca;
    private final Map<String, Accelerator> cards = new HashMap<>();
    private final Map<String, HardwareAlias> aliases = new HashMap<>();
    private final Map<String, PowerDraw> draws = new HashMap<>();
    private final Map<String, List<HardwareSplit>> splits = new HashMap<>();
    /** The first GPU-hours figure published for each model, by name. */
    private final Map<String, PublishedFootprint> publishedHours = new HashMap<>();
    private final Configuration configuration;
    /** The grid and PUE of each run. */
    private final Grids grids;
    /** The choice between GPU-h1 and GPU-h2. */
    private final GpuHours.Rule gpuHoursRule;
    /** Which runs' GPU-hours rest on Epoch's own guess, and the range the Monte Carlo gives them. */
    private final GuessedInputs guesses;
    private final Optional<org.hipparchus.distribution.RealDistribution> guessRange;
    /** Rows beyond these are excluded as implausible (parameters plausible.*). */
    private final double maxCards;
    private final double maxHours;
    private final double maxCompute;
    /** The window of physically plausible shares of peak (parameters validation.plausible-share-*). */
    private final double shareLow;
    private final double shareHigh;
    /** Digits of the quantities a split's note quotes. */
    private static final int NOTE_DIGITS = 6;
    /** The percentiles every range of the site gives, and the digits of a guessed input's multipliers. */
    private static final double LOW_PERCENTILE = 0.05;
    private static final double HIGH_PERCENTILE = 0.95;
    private static final int GUESS_DIGITS = 2;
    /** Digits of the watts a note quotes. */
    private static final int WATTS_DIGITS = 4;
    /** Digits of a row's value and of the bound it passes, in an implausible row's exclusion. */
    private static final int BOUND_DIGITS = 3;
    /** Digits of the shares of peak an exclusion quotes, in percent. */
    private static final int SHARE_DIGITS = 2;
    /** A share in percent. */
    private static final double PERCENT = 100;
    /** How many cards of a year's mix an imputed run's explanation names. */
    private static final int LISTED_SHARES = 5;
    /** The fewest runs a window of years holds before its cards are a mix to impute from. */
    private final int minRunsForMix;

    public Estimator(ProjectData data, Assumptions assumptions) {
        this(data, assumptions, Configuration.STUDY);
    }

    /** An estimator of the named configuration. */
    public Estimator(ProjectData data, Assumptions assumptions, Configuration configuration) {
        this(data, assumptions, configuration, Optional.empty());
    }

    /** An estimator whose assumptions already hold the share of peak fitted to its input, if any. */
    private Estimator(ProjectData data, Assumptions assumptions, Configuration configuration,
            Optional<ShareOfPeakFit> shareOfPeak) {
        this.data = data;
        this.shareOfPeak = shareOfPeak;
        this.configuration = configuration;
        this.gpuHoursRule = GpuHours.Rule.of(data.parameters());
        this.guesses = GuessedInputs.of(data.parameters());
        this.guessRange = data.parameters().get(ParameterKey.GUESSED_INPUT_MULTIPLIER).distribution()
                .map(org.rebound.domain.Distribution::real);
        this.maxCards = data.parameters().number(org.rebound.domain.ParameterKey.MAX_HARDWARE_QUANTITY);
        this.maxHours = data.parameters().number(org.rebound.domain.ParameterKey.MAX_TRAINING_HOURS);
        this.maxCompute = data.parameters().number(org.rebound.domain.ParameterKey.MAX_COMPUTE);
        this.shareLow = data.parameters().number(org.rebound.domain.ParameterKey.PLAUSIBLE_SHARE_LOW);
        this.shareHigh = data.parameters().number(org.rebound.domain.ParameterKey.PLAUSIBLE_SHARE_HIGH);
        this.minRunsForMix = (int) data.parameters().number(org.rebound.domain.ParameterKey.IMPUTATION_MIN_RUNS);
        data.powerDraws().stream().filter(PowerDraw::systemPerCard).forEach(d -> draws.put(d.cardId(), d));
        data.accelerators().forEach(a -> cards.put(a.id(), a));
        this.drawShareFit = configuration.fitsDrawShare() ? DrawShareFit.of(data.powerDraws(), cards)
                : Optional.empty();
        this.assumptions = drawShareFit.map(f -> assumptions.toBuilder().use(new Assumptions.Use(
                assumptions.use().useModel(), assumptions.use().pue(), f.median(), assumptions.use().mlca()))
                .ranges(assumptions.ranges().withDrawShare(f.distribution())).build()).orElse(assumptions);
        this.grids = new Grids(data, this.assumptions, configuration);
        this.lca = new Lca(this.assumptions, new Factors(data.components(), data.nodes(), data.memoryDensities()));
        data.aliases().forEach(a -> aliases.put(a.epochName(), a));
        data.hardwareSplits().forEach(x -> splits.computeIfAbsent(x.model(), k -> new ArrayList<>()).add(x));
        data.publishedFootprints().stream().filter(p -> p.quantity() == PublishedFootprint.Quantity.GPU_HOURS)
                .forEach(p -> publishedHours.putIfAbsent(p.model(), p));
    }

    /** Order of the estimates: publication date, name, organisation, line in the input. */
    static final Comparator<Estimate> ORDER = Comparator.comparing((Estimate e) -> e.model().publicationDate().orElseThrow())
            .thenComparing(e -> e.model().name())
            .thenComparing(e -> e.model().organization())
            .thenComparingLong(e -> e.model().source().line());

    /**
     * The assumptions this estimator computes with: those it was given, with the fitted share of TDP drawn in the
     * best estimate ({@link Configuration#fitsDrawShare()}).
     */
    public Assumptions assumptions() {
        return assumptions;
    }

    /** The fit of the measured draws the best estimate uses, if any. */
    public Optional<DrawShareFit> drawShareFit() {
        return drawShareFit;
    }

    /** The LCA under this estimator's assumptions. */
    public Lca lca() {
        return lca;
    }

    /** Estimates every model it can; the others become exclusions. */
    public Estimation estimate(List<NotableModel> models) {
        // The best estimate's share of peak comes from the input's own measured utilisations: estimated again by an
        // estimator with that share, once.
        if (configuration.fitsShareOfPeak() && shareOfPeak.isEmpty()) {
            Optional<ShareOfPeakFit> fit = ShareOfPeakFit.of(models);
            if (fit.isPresent()) {
                return new Estimator(data, fit.get().applyTo(assumptions), configuration, fit).estimate(models);
            }
        }
        List<Estimate> estimates = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (NotableModel model : models) {
            Outcome outcome = estimateOne(model);
            if (outcome.estimate != null) {
                estimates.add(outcome.estimate);
            } else {
                exclusions.add(outcome.exclusion);
            }
        }
        if (configuration.imputesHardware()) {
            estimates.sort(ORDER);
            CardMix mix = CardMix.of(runsOnce(estimates), minRunsForMix);
            List<Exclusion> left = new ArrayList<>();
            for (Exclusion x : exclusions) {
                Optional<Estimate> imputed = x.reason() == Reason.NO_HARDWARE && computeUsed(x.model()).isPresent()
                        ? impute(x.model(), mix) : Optional.empty();
                imputed.ifPresentOrElse(estimates::add, () -> left.add(x));
            }
            exclusions = left;
        }
        estimates.sort(ORDER);
        return new Estimation(estimates, exclusions, configuration.countsRunsOnce() ? sameRuns(estimates) : Map.of(),
                shareOfPeak);
    }

    /** The estimates that count as runs of their own (see {@link #sameRuns}), in {@link #ORDER}. */
    private static List<Estimate> runsOnce(List<Estimate> sorted) {
        Map<NotableModel, NotableModel> same = sameRuns(sorted);
        return sorted.stream().filter(e -> !same.containsKey(e.model())).toList();
    }

    /**
     * The estimate of a run whose row names no hardware: on the card its organisation documents for the period
     * (data/organisation-fleets.csv), else on the card most of the estimated runs of its years used, the Monte Carlo
     * drawing the card among those runs' cards by their shares. Empty when no card gives an estimate.
     */
    private Optional<Estimate> impute(NotableModel m, CardMix mix) {
        LocalDate date = m.publicationDate().orElseThrow();
        Optional<OrganisationFleet> fleet = fleetOf(m, date);
        Imputation.Basis basis;
        List<CardMix.Share> shares;
        Expression.Builder why = Expression.builder().text("Epoch's row names no training hardware: ");
        if (fleet.isPresent()) {
            OrganisationFleet f = fleet.get();
            Accelerator card = cards.get(aliases.get(f.epochHardware()).acceleratorId().orElseThrow());
            basis = Imputation.Basis.FLEET;
            shares = List.of(new CardMix.Share(card, 1, 1));
            why.text("imputed " + card.displayName() + ", the accelerator " + f.operator() + " documents for its "
                    + "runs of " + f.fromDate() + " to " + f.toDate() + " (" + f.sourceTitle() + ", " + f.locator()
                    + ": \u201c" + f.quote() + "\u201d).");
        } else {
            CardMix.Window window = mix.around(date.getYear());
            if (window.shares().isEmpty()) {
                return Optional.empty();
            }
            basis = Imputation.Basis.YEAR_MIX;
            shares = window.shares();
            CardMix.Share first = shares.get(0);
            String years = window.fromYear() == window.toYear() ? Integer.toString(window.fromYear())
                    : window.fromYear() + "\u2013" + window.toYear();
            why.text("imputed " + first.card().displayName() + ", the card most used by the ").number(window.runs())
                    .text(" runs published in " + years + " that Rebound estimates (").number(first.runs())
                    .text(" of them); its range draws the card among theirs, each by its share (");
            for (int k = 0; k < Math.min(shares.size(), LISTED_SHARES); k++) {
                why.text(k == 0 ? "" : ", ").text(shares.get(k).card().displayName() + " ")
                        .number(shares.get(k).weight() * PERCENT, "%", SHARE_DIGITS);
            }
            why.text(shares.size() > LISTED_SHARES ? ", and " + (shares.size() - LISTED_SHARES) + " more)." : ").");
        }
        why.text(" Its GPU-hours come from its compute and that card's peak (GPU-h2), not from a count of cards.");
        Expression explanation = why.build();
        List<Imputation.Alternative> alternatives = new ArrayList<>();
        Estimate point = null;
        double total = 0;
        // The cards the range draws from are estimated only where a range is drawn (the best estimate): the blind
        // estimate keeps the point's card.
        List<CardMix.Share> estimated = configuration.drawsRanges() ? shares : shares.subList(0, 1);
        for (CardMix.Share share : estimated) {
            Outcome o = estimateOn(m, share.card(), explanation, true);
            if (o.estimate != null) {
                point = point == null ? o.estimate : point;
                alternatives.add(new Imputation.Alternative(share.card(), share.weight(), o.estimate.gpuHours(),
                        o.estimate.lcaInputs()));
                total += share.weight();
            }
        }
        if (point == null) {
            return Optional.empty();
        }
        double sum = total;
        List<Imputation.Alternative> normalised = alternatives.stream().map(a -> new Imputation.Alternative(a.card(),
                a.weight() / sum, a.gpuHours(), a.inputs())).toList();
        return Optional.of(point.imputed(new Imputation(basis, explanation, normalised)));
    }

    /**
     * The fleet documented for the run's organisations on its date: when exactly one operator's rows cover one of
     * its organisations then.
     */
    private Optional<OrganisationFleet> fleetOf(NotableModel m, LocalDate date) {
        Map<String, OrganisationFleet> byOperator = new java.util.TreeMap<>();
        for (String organisation : m.organization().split(",")) {
            for (OrganisationFleet f : data.fleets()) {
                if (f.organisations().contains(organisation.strip()) && f.covers(date)) {
                    byOperator.putIfAbsent(f.operator(), f);
                }
            }
        }
        return byOperator.size() == 1 ? Optional.of(byOperator.values().iterator().next()) : Optional.empty();
    }

    /**
     * Entries that describe one training run: the same organisation, hardware, GPU-hours and training time (and
     * so the same compute) as an earlier entry, each to that entry's model. GPT-4 of March and of June 2023 are
     * one run: they keep their pages and count once.
     */
    static Map<NotableModel, NotableModel> sameRuns(List<Estimate> sorted) {
        Map<String, NotableModel> first = new HashMap<>();
        Map<NotableModel, NotableModel> same = new HashMap<>();
        for (Estimate e : sorted) {
            NotableModel m = e.model();
            String key = m.organization() + "\u0000" + String.join(",", m.hardware()) + "\u0000" + e.gpuHours().method() + "\u0000"
                    + Double.toString(e.gpuHours().value()) + "\u0000" + m.trainingTimeHours() + "\u0000" + m.hardwareQuantity();
            NotableModel earlier = first.putIfAbsent(key, m);
            if (earlier != null) {
                same.put(m, earlier);
            }
        }
        return same;
    }

    private record Outcome(Estimate estimate, Exclusion exclusion) {
        static Outcome excluded(NotableModel m, Reason reason, String detail) {
            return new Outcome(null, new Exclusion(m, reason, detail));
        }

        static Outcome excluded(NotableModel m, Reason reason, Expression detail) {
            return new Outcome(null, new Exclusion(m, reason, detail));
        }
    }

    private Outcome estimateOne(NotableModel m) {
        if (!m.problems().isEmpty()) {
            return Outcome.excluded(m, Reason.UNPARSABLE_VALUE,
                    m.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
        }
        if (m.publicationDate().isEmpty()) {
            return Outcome.excluded(m, Reason.NO_PUBLICATION_DATE, "");
        }
        LocalDate date = m.publicationDate().get();
        if (date.isBefore(assumptions.startDate()) || date.isAfter(assumptions.endDate())) {
            return Outcome.excluded(m, Reason.OUT_OF_DATE_RANGE, date + " is outside " + assumptions.startDate()
                    + " – " + assumptions.endDate());
        }
        Optional<Expression> implausible = implausible(m);
        if (implausible.isPresent()) {
            return Outcome.excluded(m, Reason.IMPLAUSIBLE_VALUE, implausible.get());
        }
        if (m.hardware().isEmpty()) {
            return Outcome.excluded(m, Reason.NO_HARDWARE, "");
        }
        String first = m.hardware().get(0);
        HardwareAlias alias = aliases.get(first);
        if (alias == null) {
            return Outcome.excluded(m, Reason.HARDWARE_NOT_IN_CATALOGUE, first);
        }
        if (alias.acceleratorId().isEmpty()) {
            return Outcome.excluded(m, Reason.HARDWARE_NOT_ESTIMABLE, first + " (" + alias.note() + ")");
        }
        Accelerator card = cards.get(alias.acceleratorId().get());
        if (card == null) {
            return Outcome.excluded(m, Reason.HARDWARE_NOT_IN_CATALOGUE, first + " (alias to missing card '"
                    + alias.acceleratorId().get() + "')");
        }
        return estimateOn(m, card, Expression.text(hardwareNote(m, alias, card)), false);
    }

    /**
     * The estimate of {@code m} on {@code card}: the card of its row, or, when {@code imputed}, a card its row does
     * not name, whose GPU-hours then come from compute alone (GPU-h2: the row's time × quantity, if any, counts
     * cards of an unknown kind, maybe not accelerators at all).
     */
    private Outcome estimateOn(NotableModel m, Accelerator card, Expression hardwareNote, boolean imputed) {
        LocalDate date = m.publicationDate().orElseThrow();
        List<Expression> notes = new ArrayList<>();
        List<DerivationStep> steps = new ArrayList<>();
        Peak peak = peak(card, m.numericalFormat());
        boolean fineTune = isFineTune(m);
        OptionalDouble compute = computeUsed(m);
        boolean ratioMeasured = usesMfu(m);
        GpuHours.Run run = new GpuHours.Run(
                imputed ? OptionalDouble.empty() : m.trainingTimeHours(),
                imputed ? OptionalDouble.empty() : m.hardwareQuantity(), compute, peak.flops, peak.precision, performanceRatio(m), ratioMeasured, fineTune);
        Optional<GpuHours> chosen = gpuHoursRule.choose(run);
        if (fineTune) {
            if (chosen.isEmpty()) {
                return Outcome.excluded(m, Reason.FINETUNE_WITHOUT_OWN_COMPUTE, "fine-tune of " + m.baseModel()
                        + (m.finetuneComputeFlop().isPresent() ? "; no peak FLOP/s for " + card.displayName() : ""));
            }
            notes.add(Expression.text("Fine-tune of " + m.baseModel() + ": estimated from " + (chosen.get().method()
                    == GpuHoursMethod.GPU_H1 ? "its own training time × cards, as Epoch gives them"
                    + (chosen.get().h2().isPresent() ? "." : " (it has no fine-tuning compute).")
                    : "its own fine-tuning compute (Epoch's Finetune compute), not its base model's.")));
        }
        // Time × cards against the compute used (a fine-tune's own): a pair that implies an impossible share of the
        // cards' peak holds a wrong value.
        OptionalDouble share = chosen.map(GpuHours::impliedShareOfPeak).orElse(OptionalDouble.empty());
        if (configuration.excludesImplausibleShares() && share.isPresent()) {
            if (share.getAsDouble() < shareLow || share.getAsDouble() > shareHigh) {
                return Outcome.excluded(m, Reason.IMPLAUSIBLE_VALUE, Expression.builder()
                        .text("its training time × cards and its " + (fineTune ? "fine-tuning " : "")
                                + "compute imply ")
                        .number(share.getAsDouble() * PERCENT, "%", SHARE_DIGITS).text(" of the cards' peak, outside the "
                        + "plausible ").number(shareLow * PERCENT, "%", SHARE_DIGITS).text(" to ")
                        .number(shareHigh * PERCENT, "%", SHARE_DIGITS)
                        .text(" (parameters validation.plausible-share-low and -high)").build());
            }
        }
        // The GPU-hours its makers published, in the best estimate: the run's own figure, not a method's.
        Optional<PublishedFootprint> published = publishedGpuHours(m);
        if (published.isPresent()) {
            chosen = Optional.of(GpuHours.published(run, published.get().value()));
        }
        if (chosen.isEmpty()) {
            return compute.isPresent() ? Outcome.excluded(m, Reason.NO_PEAK, card.displayName())
                    : Outcome.excluded(m, Reason.NO_COMPUTE_NOR_TIME, "");
        }
        GpuHours hours = chosen.get();
        double gpuHours = hours.value();
        if (published.isPresent()) {
            PublishedFootprint p = published.get();
            steps.add(new DerivationStep("gpu-hours", "GPU-hours (published)", "as its makers published them",
                    Expression.builder().text(p.sourceTitle() + ", " + p.locator() + ": ").number(p.value(), "GPU-h")
                            .build(), gpuHours, "GPU-h"));
            notes.add(Expression.builder().text("GPU-hours: the ").number(p.value(), "", NOTE_DIGITS).text(" its makers "
                    + "published (" + p.sourceTitle() + ", " + p.locator() + "), in place of the method's "
                    + (hours.h1().isPresent() ? "GPU-h1" : "GPU-h2") + "; Rebound's blind estimate, from Epoch's data "
                    + "alone, is in models.csv (gpu_hours_blind).").build());
        } else if (hours.method() == GpuHoursMethod.GPU_H1) {
            steps.add(new DerivationStep("gpu-hours", "GPU-hours (GPU-h1)", "training time × hardware quantity",
                    Expression.builder().number(m.trainingTimeHours().getAsDouble(), "h").text(" × ")
                            .number(m.hardwareQuantity().getAsDouble()).build(), gpuHours, "GPU-h"));
        } else {
            steps.add(new DerivationStep("gpu-hours", "GPU-hours (GPU-h2)",
                    (fineTune ? "fine-tuning" : "training") + " compute ÷ (peak FLOP/s × "
                            + (ratioMeasured ? "the run's measured MFU (Epoch)" : "performance ratio") + ") ÷ 3,600 s/h",
                    Expression.builder().number(compute.getAsDouble(), "FLOP").text(" ÷ (").number(peak.flops, "FLOP/s")
                            .text(" (" + peak.precision + ") × ").number(hours.performanceRatio()).text(") ÷ ")
                            .number(Units.SECONDS_PER_HOUR).build(), gpuHours, "GPU-h"));
        }
        if (!peak.note.isEmpty()) {
            notes.add(Expression.text(peak.note));
        }
        Optional<String> guessed = guesses.why(m, hours.method(), imputed);
        if (guessed.isPresent() && guessRange.isPresent()) {
            notes.add(Expression.builder().text("Range: " + guessed.get() + ", so the Monte Carlo draws its GPU-hours "
                    + "from ").number(guessRange.get().inverseCumulativeProbability(LOW_PERCENTILE), "", GUESS_DIGITS)
                    .text(" to ").number(guessRange.get().inverseCumulativeProbability(HIGH_PERCENTILE), "", GUESS_DIGITS)
                    .text(" times the point (5th to 95th percentile; uncertainty.guessed-input-multiplier).").build());
        }
        List<Part> parts = parts(m, hours.method());
        if (!parts.isEmpty()) {
            return finite(estimateSplit(m, hours, parts, notes));
        }
        double tdp = tdp(card, notes);
        GridAndPue gridAndPue = grids.grid(m);
        Optional<PowerDraw> measured = measured(card);
        measured.ifPresent(d -> notes.add(Expression.builder().text("Power: the measured training draw of "
                + card.displayName() + ", ").number(d.drawWatts(), "W", WATTS_DIGITS).text(" per card with its share of "
                + "the system (" + d.sourceTitle() + ", " + d.locator() + "), in place of its TDP × the draw share.")
                .build()));
        Lca.Result r = lca.run(new Lca.Run(gpuHours, card, tdp, gridAndPue, date.getYear(), measured));
        steps.addAll(r.steps());
        notes.addAll(r.cardFootprint().fallbacks());
        Estimate e = new Estimate(m, hardwareNote, hours, r.cardFootprint(), lca.server(card), gridAndPue,
                new Estimate.Power(tdp, measured.isPresent(), r.pue()), r.inputs(), r.output(), steps, notes);
        return finite(e);
    }

    /**
     * Why a row's values are implausible, if they are: more cards, hours or compute than the parameters allow.
     * Such a row never reaches the statistics.
     */
    private Optional<Expression> implausible(NotableModel m) {
        if (m.hardwareQuantity().orElse(0) > maxCards) {
            return Optional.of(Expression.builder().number(m.hardwareQuantity().getAsDouble(), "cards", BOUND_DIGITS)
                    .text(", more than ").number(maxCards, "", BOUND_DIGITS)
                    .text(" (parameter plausible.hardware-quantity-max)").build());
        }
        if (m.trainingTimeHours().orElse(0) > maxHours) {
            return Optional.of(Expression.builder().number(m.trainingTimeHours().getAsDouble(), "hours", BOUND_DIGITS)
                    .text(" of training, more than ").number(maxHours, "", BOUND_DIGITS)
                    .text(" (parameter plausible.training-time-hours-max)").build());
        }
        for (OptionalDouble flop : List.of(m.trainingComputeFlop(), m.finetuneComputeFlop())) {
            if (flop.orElse(0) > maxCompute) {
                return Optional.of(Expression.builder().number(flop.getAsDouble(), "FLOP", BOUND_DIGITS)
                        .text(", more than ").number(maxCompute, "", BOUND_DIGITS)
                        .text(" (parameter plausible.compute-flop-max)").build());
            }
        }
        return Optional.empty();
    }

    /**
     * The estimate, or its exclusion when its GPU-hours are not a finite positive number or a result is not a finite
     * non-negative one: a defect of the inputs the plausibility ranges did not catch never reaches a page.
     */
    private static Outcome finite(Estimate e) {
        List<String> bad = new ArrayList<>();
        if (!(Double.isFinite(e.gpuHours().value()) && e.gpuHours().value() > 0)) {
            bad.add("GPU-hours = " + e.gpuHours().value());
        }
        if (!(Double.isFinite(e.energyKwh()) && e.energyKwh() >= 0)) {
            bad.add("energy = " + e.energyKwh());
        }
        for (Indicator i : Indicator.ALL) {
            double v = e.total().get(i);
            if (!(Double.isFinite(v) && v >= 0)) {
                bad.add(i.key() + " = " + v);
            }
        }
        return bad.isEmpty() ? new Outcome(e, null) : Outcome.excluded(e.model(), Reason.NOT_FINITE,
                String.join(", ", bad));
    }

    /** A card's TDP, or the fallback with a note saying so. */
    private double tdp(Accelerator card, List<Expression> notes) {
        double tdp = card.tdpWatts().orElse(assumptions.fallbackTdpWatts());
        if (card.tdpWatts().isEmpty()) {
            notes.add(Expression.builder().text("TDP of " + card.displayName() + " not public: ")
                    .number(tdp, "W", WATTS_DIGITS).text(" used (parameter card.fallback-tdp-w).").build());
        }
        return tdp;
    }

    /** One hardware type of a run split by stated quantities, with its share of the GPU-hours. */
    record Part(HardwareSplit split, Accelerator card, double gpuHours, double peakFlops, double tdpWatts,
            Optional<PowerDraw> measured) {
    }

    /**
     * The parts of a run whose row lists several hardware types and whose quantities a source states
     * (data/hardware-splits.csv), when the configuration splits them: each type runs for the same time, so its
     * GPU-hours are time × its quantity (GPU-h1), or, from compute, time = compute ÷ (share of peak × Σ quantity ×
     * peak) (GPU-h2). Empty when the run is not split: a name outside the row, a card or peak missing.
     */
    List<Part> parts(NotableModel m, GpuHoursMethod method) {
        List<HardwareSplit> rows = splits.get(m.name());
        if (!configuration.splitsStatedQuantities() || rows == null || new LinkedHashSet<>(m.hardware()).size() < 2
                || method == GpuHoursMethod.PUBLISHED) {
            return List.of();
        }
        List<Accelerator> found = new ArrayList<>();
        double peakQuantity = 0;
        double quantity = 0;
        for (HardwareSplit row : rows) {
            HardwareAlias alias = aliases.get(row.epochName());
            Accelerator card = alias == null ? null : alias.acceleratorId().map(cards::get).orElse(null);
            if (card == null || !m.hardware().contains(row.epochName())) {
                return List.of();
            }
            found.add(card);
            peakQuantity += row.quantity() * peak(card, m.numericalFormat()).flops;
            quantity += row.quantity();
        }
        double hours;
        if (method == GpuHoursMethod.GPU_H1) {
            hours = m.trainingTimeHours().getAsDouble();
        } else if (peakQuantity > 0 && computeUsed(m).isPresent()) {
            // GPU-h2 with the peaks of every card added up is the run's time.
            hours = GpuHours.h2(computeUsed(m).getAsDouble(), peakQuantity, performanceRatio(m));
        } else {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Accelerator card = found.get(i);
            parts.add(new Part(rows.get(i), card, hours * rows.get(i).quantity(), peak(card, m.numericalFormat()).flops,
                    card.tdpWatts().orElse(assumptions.fallbackTdpWatts()), measured(card)));
        }
        return quantity > 0 ? parts : List.of();
    }

    /** The estimate of a run split by stated quantities: one LCA per part, their sum, every step written out. */
    private Estimate estimateSplit(NotableModel m, GpuHours chosen, List<Part> parts, List<Expression> notes) {
        GpuHoursMethod method = chosen.method();
        List<DerivationStep> steps = new ArrayList<>();
        HardwareSplit any = parts.get(0).split();
        double hours = parts.stream().mapToDouble(Part::gpuHours).sum();
        steps.add(new DerivationStep("gpu-hours", "GPU-hours (" + method.label() + "), split by the stated quantities",
                (method == GpuHoursMethod.GPU_H1 ? "training time × each type's quantity"
                        : "compute ÷ (share of peak × Σ quantity × peak) = time; time × each type's quantity")
                        + " (" + any.sourceTitle() + ", " + any.locator() + ")",
                splitHours(parts), hours, "GPU-h"));
        GridAndPue gridAndPue = grids.grid(m);
        int year = m.publicationDate().orElseThrow().getYear();
        List<Lca.Result> results = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            double tdp = tdp(p.card(), notes);
            p.measured().ifPresent(d -> notes.add(Expression.builder().text("Power of " + p.card().displayName()
                    + ": its measured training draw, ").number(d.drawWatts(), "W", WATTS_DIGITS).text(" per card ("
                    + d.sourceTitle() + ", " + d.locator() + ").").build()));
            Lca.Result r = lca.run(new Lca.Run(p.gpuHours(), p.card(), tdp, gridAndPue, year, p.measured()));
            results.add(r);
            String prefix = "part" + (k + 1) + "-";
            for (DerivationStep step : r.steps()) {
                // A part's totals are not shown (the run's are); the PUE and grid are the run's, written once.
                boolean shared = step.key().equals("pue") || step.key().equals("grid");
                if (step.key().startsWith("total-") || (k > 0 && shared)) {
                    continue;
                }
                steps.add(new DerivationStep(prefix + step.key(), p.card().displayName() + ": " + step.label(),
                        step.formula(), step.numbers(), step.value(), step.unit()));
            }
            notes.addAll(r.cardFootprint().fallbacks());
        }
        LcaKernel.Inputs combined = LcaKernel.combine(results.stream().map(Lca.Result::inputs).toList());
        LcaKernel.Output out = LcaKernel.run(combined);
        steps.add(new DerivationStep("energy", "Electricity of the run", "sum of the parts",
                sum(results.stream().mapToDouble(r -> r.output().energyKwh()).toArray(), "kWh"), out.energyKwh(), "kWh"));
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("use-" + i.key(), i.label() + " of the electricity", "sum of the parts",
                    sum(results.stream().mapToDouble(r -> r.output().electricity(i)).toArray(), ""),
                    out.electricity(i), i.unit()));
            steps.add(new DerivationStep("embodied-" + i.key(), i.label() + " of production allocated to the run",
                    "sum of the parts", sum(results.stream().mapToDouble(r -> r.output().production(i)).toArray(), ""),
                    out.production(i), i.unit()));
            steps.add(new DerivationStep("total-" + i.key(), i.label() + " in all", "production + electricity",
                    Expression.builder().number(out.production(i)).text(" + ").number(out.electricity(i)).build(),
                    out.total(i), i.unit()));
        }
        int main = 0;
        for (int k = 1; k < parts.size(); k++) {
            if (parts.get(k).gpuHours() > parts.get(main).gpuHours()) {
                main = k;
            }
        }
        Part largest = parts.get(main);
        Expression.Builder hardwareNote = Expression.builder().text("Epoch lists several hardware types ("
                + String.join(", ", new LinkedHashSet<>(m.hardware())) + "); " + any.sourceTitle()
                + " states how many of each: ");
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            hardwareNote.text(k == 0 ? "" : ", ").number(p.split().quantity(), "", NOTE_DIGITS).text(" × "
                    + p.split().epochName() + " (" + p.card().displayName() + ")");
        }
        hardwareNote.text(". Their GPU-hours are split accordingly and each part is estimated on its own card; the card "
                + "shown is the one with the most GPU-hours.");
        boolean allMeasured = parts.stream().allMatch(p -> p.measured().isPresent());
        return new Estimate(m, hardwareNote.build(), chosen.split(hours, largest.peakFlops()), results.get(main).cardFootprint(),
                lca.server(largest.card()), gridAndPue, new Estimate.Power(largest.tdpWatts(), allMeasured,
                results.get(0).pue()), combined, out, steps, notes);
    }

    /** "Google TPU v1: 5,000 × 24 h = 120,000; …": each part's quantity × time = GPU-hours. */
    private static Expression splitHours(List<Part> parts) {
        Expression.Builder x = Expression.builder();
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            x.text((k == 0 ? "" : "; ") + p.split().epochName() + ": ").number(p.split().quantity()).text(" × ")
                    .number(p.gpuHours() / p.split().quantity(), "h").text(" = ").number(p.gpuHours());
        }
        return x.build();
    }

    /** "a + b + c", each in {@code unit}. */
    private static Expression sum(double[] values, String unit) {
        Expression.Builder x = Expression.builder();
        for (int k = 0; k < values.length; k++) {
            x.text(k == 0 ? "" : " + ").number(values[k], unit);
        }
        return x.build();
    }

    private static String hardwareNote(NotableModel m, HardwareAlias alias, Accelerator card) {
        StringBuilder note = new StringBuilder("Epoch's '" + alias.epochName() + "' is " + card.displayName());
        note.append(alias.note().isEmpty() ? "." : " (" + alias.note() + ").");
        if (alias.doubtful()) {
            note.append(" Doubtful: ").append(alias.doubt()).append('.');
        }
        Set<String> distinct = new LinkedHashSet<>(m.hardware());
        if (distinct.size() > 1) {
            note.append(" The row lists several hardware types (").append(String.join(", ", distinct))
                    .append("); as the method says, the first is used for the card's specifications and for all"
                            + " GPU-hours.");
        }
        return note.toString();
    }

    /** A published measurement of the card's training draw, when the configuration uses them. */
    private Optional<PowerDraw> measured(Accelerator card) {
        return configuration.usesMeasuredDraws() ? Optional.ofNullable(draws.get(card.id())) : Optional.empty();
    }

    /** The GPU-hours the run's makers published, when the configuration uses them: the first such figure. */
    private Optional<PublishedFootprint> publishedGpuHours(NotableModel m) {
        return configuration.usesPublishedGpuHours() ? Optional.ofNullable(publishedHours.get(m.name()))
                : Optional.empty();
    }

    /** Whether the configuration estimates {@code m} as a fine-tune, from its own compute. */
    private boolean isFineTune(NotableModel m) {
        return configuration.estimatesFineTunesAlone() && !m.baseModel().isBlank();
    }

    /** Whether GPU-h2 uses the run's measured share of peak: Epoch's MFU, when the configuration says so. */
    private boolean usesMfu(NotableModel m) {
        return configuration.usesMeasuredUtilisation() && m.mfu().isPresent();
    }

    /** The share of peak GPU-h2 assumes for a run: its measured MFU when used, else the parameter's. */
    double performanceRatio(NotableModel m) {
        return usesMfu(m) ? m.mfu().getAsDouble() : assumptions.performanceRatio();
    }

    /** The compute GPU-h2 divides: a fine-tune's own when the configuration says so, else the training compute. */
    OptionalDouble computeUsed(NotableModel m) {
        return isFineTune(m) ? m.finetuneComputeFlop() : m.trainingComputeFlop();
    }

    /**
     * Why a run in FP32 on a card with TF32 tensor cores gets the TF32 peak: the frameworks run its matrix products
     * as TF32 by default on those cards, and the plain FP32 peak would imply shares of peak above 100 %.
     */
    static final String FP32_AS_TF32 = "Numerical format FP32 on a card with TF32 tensor cores: its TF32 peak is used, "
            + "as FP32 matrix products run as TF32 by default there (NVIDIA, Accelerating AI Training with NVIDIA TF32 "
            + "Tensor Cores, 2020: \"the default option for AI training with 32-bit variables on Ampere\"; TensorFlow "
            + "2.4 and later; PyTorch 1.7 to 1.11, and its convolutions since).";

    /** The peak used for GPU-h2 and which precision it is. */
    record Peak(double flops, String precision, String note) {
    }

    /**
     * The card's dense peak at the run's numerical format when the catalogue has it (FP32 on a card with a TF32
     * peak: TF32, {@link #FP32_AS_TF32}); else its FP16/BF16 tensor peak; else FP32; else, for int8-only
     * accelerators, INT8.
     */
    static Peak peak(Accelerator card, String numericalFormat) {
        String format = numericalFormat.strip().toUpperCase(Locale.ROOT);
        if (format.equals("FP32") && card.tf32Tflops().isPresent()) {
            return new Peak(Units.tflopsToFlops(card.tf32Tflops().getAsDouble()), "TF32", FP32_AS_TF32);
        }
        OptionalDouble wanted = switch (format) {
            case "FP32" -> card.fp32Tflops();
            case "TF32" -> card.tf32Tflops();
            case "FP16", "BF16" -> card.fp16TensorTflops();
            case "FP8" -> card.fp8Tflops();
            default -> OptionalDouble.empty();
        };
        if (wanted.isPresent()) {
            String label = format.equals("FP16") || format.equals("BF16") ? "FP16/BF16 tensor" : format;
            return new Peak(Units.tflopsToFlops(wanted.getAsDouble()), label, "");
        }
        String note = format.isEmpty() ? "" : "Numerical format '" + numericalFormat.strip()
                + "' has no peak in the catalogue for " + card.displayName() + "; ";
        if (card.fp16TensorTflops().isPresent()) {
            return new Peak(Units.tflopsToFlops(card.fp16TensorTflops().getAsDouble()), "FP16/BF16 tensor",
                    note.isEmpty() ? "" : note + "its FP16/BF16 tensor peak is used.");
        }
        if (card.fp32Tflops().isPresent()) {
            return new Peak(Units.tflopsToFlops(card.fp32Tflops().getAsDouble()), "FP32",
                    note.isEmpty() ? "" : note + "its FP32 peak is used.");
        }
        if (card.int8Tops().isPresent()) {
            return new Peak(Units.tflopsToFlops(card.int8Tops().getAsDouble()), "INT8",
                    card.displayName() + " has no floating-point peak: its INT8 peak is used for GPU-h2.");
        }
        return new Peak(0, "", "");
    }
}
