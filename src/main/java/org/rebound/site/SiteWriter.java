package org.rebound.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.rebound.report.Report;

/**
 * Writes the site: a loop over the page kinds, each page rendered from its view, then the site's furniture
 * (sitemap, assets, published editions). Pages are rendered in parallel; each file's bytes depend only on
 * the report, so the output is the same whatever the threads do.
 */
public final class SiteWriter {
    /** Whether {@link #warmUp} has run in this JVM. */
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();
    private final Renderer renderer;
    private final Path templates;
    private final Path content;
    private final org.rebound.chart.PngCache pngs;

    /** A writer that draws every PNG. */
    public SiteWriter(Path templates, Path content) {
        this(templates, content, org.rebound.chart.PngCache.none());
    }

    /** A writer that keeps the PNGs it draws in {@code pngs}, and takes those it finds there. */
    public SiteWriter(Path templates, Path content, org.rebound.chart.PngCache pngs) {
        this.renderer = new Renderer(templates);
        this.templates = templates;
        this.content = content;
        this.pngs = pngs;
    }

    /**
     * Loads what the render stage needs first (the template engine, Java2D and its fonts), so that a build can do it
     * on another core while it reads and estimates. Renders nothing of the site and writes nothing; a problem is
     * left for the render stage to report.
     */
    public static void warmUp() {
        if (!WARMED.compareAndSet(false, true)) {
            return; // once a JVM: serve computes again on every data change
        }
        try {
            Renderer.warmUp();
            org.rebound.chart.LabelPng.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // the render stage meets the same problem, and reports it where it occurs
        }
    }

    /** What was written, for the build summary. */
    public record Written(int pages, int files) {
    }

    /**
     * Which copy of the site is written.
     *
     * @param siteUrl   absolute URL of this copy: the base URL for the root, the edition's URL for a frozen copy
     * @param published whether this edition is published: citations then point at its permanent address
     * @param frozen    whether this is the frozen copy (it does not hold the other editions)
     * @param editions  the published editions, oldest first
     * @param changelog the project's CHANGES.md, shown on the about page
     */
    public record Target(String siteUrl, boolean published, boolean frozen, List<Editions.Frozen> editions,
            Path changelog) {
        public Target {
            editions = List.copyOf(editions);
        }

        /** The root copy of an unpublished edition, without other editions. */
        public static Target root(String baseUrl, Path changelog) {
            return new Target(baseUrl, false, false, List.of(), changelog);
        }
    }

    /** The page kinds, in the order the site lists them. */
    static List<PageKind> kinds() {
        return List.of(new HomePage(), new ModelsPage(), new ModelPage(), new OrganisationPage(), new GlossaryPage(), new GpusPage(), new GpuPage(),
                new Charts(), new TrendsPage(), new ScenariosPage(), new ValidationPage(), new MethodologyPage(),
                new DataPage(), new AboutPage(), new SearchPage(), new NotFoundPage(),
                new FormerAddressPage(), new Furniture());
    }

    /** Writes the whole site of {@code report} into {@code out}. */
    public Written write(Report report, SiteOutput out, Target target) {
        SiteContext site = context(report, target);
        ConcurrentLinkedQueue<Route> pages = new ConcurrentLinkedQueue<>();
        Written rendered = render(kinds(), site, out, pages, true);
        AtomicInteger files = new AtomicInteger(rendered.files());
        if (!target.frozen()) {
            out.write(site.routes().sitemap().file(), Furniture.sitemap(site, List.copyOf(pages)));
            files.incrementAndGet();
            for (Editions.Frozen f : target.editions()) {
                files.addAndGet(out.copyTree(f.dir(), Routes.editionFolder(f.year()), "the published edition"));
            }
        }
        if (Files.isDirectory(templates.resolve("assets"))) {
            files.addAndGet(out.copyTree(templates.resolve("assets"), site.routes().assetsFolder(), "the assets"));
        }
        return new Written(rendered.pages(), files.get());
    }

    /**
     * Re-renders, in {@code out}, only the pages that show the changed files: Markdown files of {@code content/}
     * or the changelog. Empty, with nothing written, when another file changed (the whole site is then due).
     */
    public Optional<Written> rewrite(Report report, SiteOutput out, Target target, Set<Path> changed) {
        Path folder = content.toAbsolutePath().normalize();
        Path changelog = target.changelog().toAbsolutePath().normalize();
        Set<PageKind> affected = new LinkedHashSet<>();
        for (Path p : changed) {
            Path file = p.toAbsolutePath().normalize();
            List<PageKind> showing = kinds().stream().filter(k -> folder.equals(file.getParent())
                    && k.narratives().contains(file.getFileName().toString())
                    || k.showsChangelog() && file.equals(changelog)).toList();
            if (showing.isEmpty()) {
                return Optional.empty();
            }
            affected.addAll(showing);
        }
        SiteContext site = context(report, target);
        ConcurrentLinkedQueue<Route> pages = new ConcurrentLinkedQueue<>();
        return Optional.of(render(List.copyOf(affected), site, out, pages, false));
    }

    /**
     * The pages each page kind yields for {@code report}'s root site, by kind (its class's simple name, in
     * {@link #kinds()} order): the files they are written to. Lists of pages to test come from here, so that a new
     * page kind is noticed.
     */
    public Map<String, List<String>> pagesByKind(Report report) {
        SiteContext site = context(report, Target.root(report.edition().baseUrl(), Path.of("CHANGES.md")));
        Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        for (PageKind kind : kinds()) {
            byKind.put(kind.getClass().getSimpleName(), kind.pages(site).map(p -> p.route().file()).sorted().toList());
        }
        return byKind;
    }

    /** What the page kinds of {@code report}'s site read, with its routes. */
    private SiteContext context(Report report, Target target) {
        return new SiteContext(report, new Routes(report.estimates(), target.siteUrl(), report.data().slugs()), target,
                content, pngs);
    }

    /**
     * Renders the pages of {@code kinds} (and, with {@code withFiles}, their other files) into {@code out}; returns
     * how many pages, and files in all, were written; the sitemap's pages are added to {@code pages}. Kinds run side by side (a single large chart or page overlaps the many model
     * pages), pages of a kind too. Failures are kept, not thrown from a worker, so that every writer has stopped
     * before the caller abandons the staging folder, and every page is tried: the build then reports each distinct
     * problem once, in kind and path order, with how many other pages had it (see {@link #collate}).
     */
    private Written render(List<PageKind> kinds, SiteContext site, SiteOutput out, ConcurrentLinkedQueue<Route> pages,
            boolean withFiles) {
        AtomicInteger files = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, kinds.size()).parallel().forEach(k -> {
            PageKind kind = kinds.get(k);
            try {
                kind.pages(site).parallel().forEach(page -> {
                    try {
                        out.write(page.route().file(), site.withTerms(page, renderer.render(page, Layout.of(page, site))));
                        files.incrementAndGet();
                        written.incrementAndGet();
                        if (page.isCanonical() && kind.inSitemap()) {
                            pages.add(page.route()); // the route only: a page's view is dropped once written
                        }
                    } catch (RuntimeException e) {
                        failures.add(new Failure(k, page.route().file(), e));
                    }
                });
                if (withFiles) {
                    kind.files(site).parallel().forEach(file -> {
                        try {
                            out.write(file.route().file(), file.bytes());
                            files.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(new Failure(k, file.route().file(), e));
                        }
                    });
                }
            } catch (RuntimeException e) {
                failures.add(new Failure(k, "", e));
            }
        });
        if (!failures.isEmpty()) {
            throw collate(List.copyOf(failures));
        }
        return new Written(written.get(), files.get());
    }

    /** A page or file that could not be written: its kind's index, its path, why. */
    record Failure(int kind, String path, RuntimeException error) {
    }

    /**
     * One exception for every failure of a render: the first defect of Rebound (not an input problem), if any, with
     * the others suppressed; else every distinct input problem once, in kind and path order, saying on how many other
     * pages or files it also occurred (a template error shows on every page of its kind).
     */
    static RuntimeException collate(List<Failure> failures) {
        List<Failure> sorted = failures.stream().sorted(java.util.Comparator.comparingInt(Failure::kind)
                .thenComparing(Failure::path)).toList();
        java.util.Optional<Failure> defect = sorted.stream().filter(f -> !(f.error() instanceof
                org.rebound.problem.InputException)).findFirst();
        if (defect.isPresent()) {
            RuntimeException first = defect.get().error();
            sorted.stream().filter(f -> f != defect.get()).forEach(f -> first.addSuppressed(f.error()));
            return first;
        }
        java.util.Map<org.rebound.problem.Problem, Integer> seen = new java.util.LinkedHashMap<>();
        for (Failure f : sorted) {
            for (org.rebound.problem.Problem p : ((org.rebound.problem.InputException) f.error()).problems()) {
                seen.merge(p, 1, Integer::sum);
            }
        }
        List<org.rebound.problem.Problem> problems = new java.util.ArrayList<>();
        seen.forEach((p, n) -> problems.add(n == 1 ? p : new org.rebound.problem.Problem(p.file(), p.line(),
                p.column(), p.message() + " (also on " + (n - 1) + (n == 2 ? " other page" : " other pages") + ")")));
        return new org.rebound.problem.InputException(problems);
    }
}
