package org.rebound.site;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.report.Report;

/**
 * Writes the site where it goes: the root copy into the output folder and, when an edition is frozen, its
 * permanent copy into the folder of published editions, which later builds copy byte for byte.
 */
public final class Publication {
    private Publication() {
    }

    /**
     * Where the site goes.
     *
     * @param out       the output folder, replaced only if Rebound made it
     * @param editions  the folder of published editions ({@code <year>/} each), if any
     * @param freeze    publish this edition into {@code <editions>/<year>/}, which must not exist yet
     * @param changelog the project's CHANGES.md, shown on the about page
     */
    public record Destination(Path out, Optional<Path> editions, boolean freeze, Path changelog, boolean allowShrink) {

        /** A destination that refuses a shrinking site. */
        public Destination(Path out, Optional<Path> editions, boolean freeze, Path changelog) {
            this(out, editions, freeze, changelog, false);
        }
    }

    /** Writes the site of {@code report}; returns what the root copy holds. */
    public static SiteWriter.Written write(Report report, SiteWriter writer, Destination to, PrintStream log) {
        List<Editions.Frozen> editions = to.editions().map(Editions::list).orElse(List.of());
        List<Problem> altered = editions.stream().flatMap(f -> EditionArchive.verify(f.dir()).stream()).toList();
        if (!altered.isEmpty()) {
            throw new InputException(altered);
        }
        int year = report.edition().year();
        Optional<Editions.Frozen> sameYear = editions.stream().filter(f -> f.year() == year).findFirst();
        if (to.freeze()) {
            Path folder = to.editions().orElseThrow(() -> new InputException(Problem.ofFile(to.out().toString(),
                    "--freeze needs --editions DIR, the folder of published editions")));
            Path frozen = folder.resolve(Integer.toString(year));
            if (sameYear.isPresent() || Files.exists(frozen)) {
                throw new InputException(Problem.ofFile(frozen.toString(), "edition " + year + " is already published "
                        + "here, expected a year not yet published: a published edition is never rebuilt; raise "
                        + "'year' in data/edition.yaml for a new edition"));
            }
            write(report, writer, frozen, new SiteWriter.Target(Routes.editionUrl(report.edition()), true, true, editions,
                    to.changelog()), true);
            log.println("Published edition " + year + " in " + frozen + "; it will be copied unchanged into every "
                    + "later build given --editions " + folder + ".");
            editions = Editions.list(folder);
        } else if (sameYear.isPresent() && !sameYear.get().dataSha256().equals(report.source().sha256())) {
            log.println("warning: edition " + year + " was published from data sha256 "
                    + sameYear.get().dataSha256().substring(0, 12) + "; this build reads "
                    + report.source().sha256().substring(0, 12) + ": the root shows the new numbers while editions/"
                    + year + "/ keeps the published ones. Raise 'year' in data/edition.yaml for a new edition.");
        }
        // A site a crashed build left only beside the folder is put back first: the shrink guard compares with it.
        SiteOutput.restore(to.out());
        refuseShrinking(report, to);
        boolean published = editions.stream().anyMatch(f -> f.year() == year);
        return write(report, writer, to.out(), new SiteWriter.Target(report.edition().baseUrl(), published, false,
                editions, to.changelog()), false);
    }

    /**
     * Refuses, unless {@code --allow-shrink}, a site that would estimate no model, or fewer than the site it
     * replaces by more than {@code publish.max-shrink-share}: a truncated or mangled export must not replace a good
     * site without anyone deciding so.
     */
    static void refuseShrinking(Report report, Destination to) {
        refuseShrinking(report.estimates().size(), report.source().rows(), report.source().location(),
                maxShrinkShare(report), to.out(), to.allowShrink());
    }

    /** The parameter {@code publish.max-shrink-share} of the report's data. */
    public static double maxShrinkShare(Report report) {
        return report.data().parameters().number(org.rebound.domain.ParameterKey.MAX_SHRINK_SHARE);
    }

    /**
     * The same refusal for a site of {@code now} estimated models, read from {@code rows} rows of {@code input}, about to
     * replace the site in {@code out}: how a build restored from the cache is checked.
     */
    public static void refuseShrinking(int now, int rows, String input, double share, java.nio.file.Path out,
            boolean allowShrink) {
        if (allowShrink) {
            return;
        }
        if (now == 0) {
            throw new InputException(Problem.ofFile(input, "no model could be estimated (" + rows
                    + " rows read), expected at least one: nothing would be published; see the reasons above, or "
                    + "build with --allow-shrink"));
        }
        java.util.OptionalInt before = SiteOutput.estimatedModels(out);
        if (before.isPresent() && now < before.getAsInt() * (1 - share)) {
            throw new InputException(Problem.ofFile(input, "this build estimates " + now + " models where the site in "
                    + out + " holds " + before.getAsInt() + ", expected no fewer than "
                    + (int) Math.ceil(before.getAsInt() * (1 - share)) + " (parameter publish.max-shrink-share = "
                    + org.rebound.domain.Num.percent(share, 0) + "): the export may be truncated or its columns renamed; "
                    + "build with --allow-shrink if the drop is meant"));
        }
    }

    /**
     * Writes one copy into a staging folder and swaps it in, or leaves the folder as it was; an edition's frozen copy
     * gets its archive files ({@link EditionArchive}) before the swap.
     */
    private static SiteWriter.Written write(Report report, SiteWriter writer, Path folder, SiteWriter.Target target,
            boolean archive) {
        SiteOutput out = SiteOutput.open(folder);
        try {
            SiteWriter.Written written = writer.write(report, out, target);
            if (archive) {
                EditionArchive.write(report, out);
                out.markEdition();
            }
            out.recordModels(report.estimates().size());
            out.commit();
            return written;
        } catch (RuntimeException e) {
            out.abandon();
            throw e;
        }
    }
}
