package org.rebound.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Edition;
import org.rebound.domain.NotableModel;
import org.rebound.domain.RegisteredSlug;
import org.rebound.estimate.Estimate;

/**
 * Every URL, output path and slug of the site, in one place. Pages and templates ask it for routes and
 * links; nothing else builds a URL or a path.
 */
public final class Routes {
    private static final int MAX_SLUG_LENGTH = 80;
    /** The page a host serves for any address the site lacks. */
    public static final String NOT_FOUND_FILE = "404.html";

    private final Map<NotableModel, String> modelSlugs;
    /** Each organisation's page name, from its name (a later collision takes the next free name). */
    private final Map<String, String> organisationSlugs = new java.util.TreeMap<>();
    private final String siteUrl;

    /**
     * @param estimates the estimated models, which get pages
     * @param siteUrl   absolute URL of this copy of the site, ending with '/'
     * @param registry  the registered page names of models ({@code data/slugs.csv})
     */
    public Routes(List<Estimate> estimates, String siteUrl, List<RegisteredSlug> registry) {
        this.modelSlugs = modelSlugs(estimates, registry);
        this.siteUrl = siteUrl;
        Set<String> used = new HashSet<>();
        organisations(estimates).forEach(o -> organisationSlugs.put(o, claim(slugOf(o, "organisation"), used)));
    }

    /** The organisations of the estimated models, each once, in name order. */
    public static List<String> organisations(List<Estimate> estimates) {
        return List.copyOf(byOrganisation(estimates).keySet());
    }

    /** Each organisation's estimates, in the estimates' order, organisations in name order: one pass. */
    public static java.util.SortedMap<String, List<Estimate>> byOrganisation(List<Estimate> estimates) {
        java.util.SortedMap<String, List<Estimate>> by = new java.util.TreeMap<>();
        for (Estimate e : estimates) {
            for (String o : organisationsOf(e.model())) {
                by.computeIfAbsent(o, k -> new ArrayList<>()).add(e);
            }
        }
        return by;
    }

    /** A model's organisations, as Epoch lists them, each once. */
    public static List<String> organisationsOf(NotableModel model) {
        return java.util.Arrays.stream(model.organization().split(",")).map(String::strip).filter(o -> !o.isEmpty())
                .distinct().toList();
    }

    /** The page of an organisation of the estimated models. */
    public Route organisation(String name) {
        String slug = organisationSlugs.get(name);
        if (slug == null) {
            throw new IllegalArgumentException("no page for organisation " + name);
        }
        return page("organisations/" + slug + "/");
    }

    // Pages.
    public Route home() {
        return page("");
    }

    public Route models() {
        return page("models/");
    }

    /**
     * Page {@code number} of a list cut into pages: the list's own route for the first, {@code <list>/page/n/} for
     * the others (no model or organisation address has a slash, so none can be one of these).
     */
    public Route continued(Route list, int number) {
        if (!list.page() || number < 1) {
            throw new IllegalArgumentException("no page " + number + " of " + list.path());
        }
        return number == 1 ? list : page(list.path() + "page/" + number + "/");
    }

    public Route model(NotableModel model) {
        String slug = modelSlugs.get(model);
        if (slug == null) {
            throw new IllegalArgumentException("no page for model " + model.name());
        }
        return page("models/" + slug + "/");
    }

    public Route model(Estimate estimate) {
        return model(estimate.model());
    }

    /** The stable identifier of a model's page: {@code gpt-3-175b-davinci}. */
    public String slug(Estimate estimate) {
        return modelSlugs.get(estimate.model());
    }

    /**
     * The page at a registered slug: a model's page when the model is estimated, else the page that keeps its old
     * address alive ({@code FormerAddressPage}). Every registered slug has one, so a cited address never breaks.
     */
    public Route registeredModel(RegisteredSlug registered) {
        return page("models/" + registered.slug() + "/");
    }

    /** The slugs of the estimated models' pages. */
    public Set<String> modelPageSlugs() {
        return Set.copyOf(modelSlugs.values());
    }

    public Route gpus() {
        return page("gpus/");
    }

    public Route card(Accelerator card) {
        return card(card.id());
    }

    /** A card's page, by catalogue id (the id is the slug). */
    public Route card(String cardId) {
        return page("gpus/" + cardId + "/");
    }

    public Route trends() {
        return page("trends/");
    }

    /** The data table of the trend charts. */
    public Route trendsData() {
        return page("trends/data/");
    }

    public Route scenarios() {
        return page("scenarios/");
    }

    public Route validation() {
        return page("validation/");
    }

    public Route methodology() {
        return page("methodology/");
    }

    public Route data() {
        return page("data/");
    }

    public Route about() {
        return page("about/");
    }

    public Route glossary() {
        return page("glossary/");
    }

    public Route search() {
        return page("search/");
    }

    // Files.
    public Route notFound() {
        return file(NOT_FOUND_FILE);
    }

    public Route modelJson(Estimate estimate) {
        return file(model(estimate).path() + "index.json");
    }

    public Route modelCsv(Estimate estimate) {
        return file(model(estimate).path() + "index.csv");
    }

    /** A model's footprint label, to embed. */
    public Route modelLabel(Estimate estimate) {
        return file(model(estimate).path() + "label.svg");
    }

    /** The label as a PNG, beside its SVG. */
    public Route modelLabelPng(Estimate estimate) {
        return file(model(estimate).path() + "label.png");
    }

    public Route chartSvg(String chartId) {
        return file("charts/" + chartId + ".svg");
    }

    public Route chartCsv(String chartId) {
        return file("charts/" + chartId + ".csv");
    }

    public Route chartPng(String chartId) {
        return file("charts/" + chartId + ".png");
    }

    /** A download of the data page: {@code data/models.csv}. */
    public Route download(String fileName) {
        return file("data/" + fileName);
    }

    /**
     * The W3C CSVW metadata of a CSV file of the site, beside it: {@code data/models.csv-metadata.json}, the first
     * place a CSVW processor looks.
     */
    public Route csvMetadata(Route csv) {
        if (csv.page() || !csv.path().endsWith(".csv")) {
            throw new IllegalArgumentException("not a CSV file: " + csv.path());
        }
        return file(csv.path() + "-metadata.json");
    }

    /** File {@code n} (from 1) of the search index: {@code search-index.js}, then {@code search-index-2.js}… */
    public Route searchIndex(int n) {
        return file(n == 1 ? "search/search-index.js" : "search/search-index-" + n + ".js");
    }

    public Route asset(String fileName) {
        return file("assets/" + fileName);
    }

    /** The folder of assets copied into the site. */
    public String assetsFolder() {
        return "assets/";
    }

    /** The folder a published edition is copied to: {@code editions/2026/}. */
    public static String editionFolder(int year) {
        return "editions/" + year + "/";
    }

    /** The index page of a published edition copied into this site. */
    public Route edition(int year) {
        return page(editionFolder(year));
    }

    /** A page of a published edition copied into this site: {@code route} as that edition had it. */
    public Route editionPage(int year, Route route) {
        return page(editionFolder(year) + route.path());
    }

    public Route manifest() {
        return file("edition.json");
    }

    /** A published edition's list of every file with its sha256 ({@code sha256sum -c MANIFEST} checks it). */
    public static Route archiveManifest() {
        return file("MANIFEST");
    }

    /** The Epoch export a published edition was built from, byte for byte. */
    public static Route archiveInput(String fileName) {
        return file("input/" + fileName);
    }

    /** A published edition's report (its home page) as PDF. */
    public static Route archivePdf(int year) {
        return file("rebound-" + year + ".pdf");
    }

    /** How to cite a published edition (Citation File Format). */
    public static Route archiveCitation() {
        return file("CITATION.cff");
    }

    /** A published edition's metadata for Zenodo (the schema of a repository's {@code .zenodo.json}). */
    public static Route archiveZenodo() {
        return file("zenodo.json");
    }

    public Route sitemap() {
        return file("sitemap.xml");
    }

    public Route robots() {
        return file("robots.txt");
    }

    public Route noJekyll() {
        return file(".nojekyll");
    }

    // Addresses.
    /** The absolute URL of a route in this copy of the site (pages without {@code index.html}). */
    public String url(Route route) {
        return siteUrl + route.path();
    }

    /** The absolute URL of a route under another base URL (an edition's permanent address). */
    public static String url(String baseUrl, Route route) {
        return baseUrl + route.path();
    }

    /** The permanent address of an edition once published: {@code <base-url>editions/<year>/}. */
    public static String editionUrl(Edition edition) {
        return edition.baseUrl() + editionFolder(edition.year());
    }

    /** The site's absolute URL, ending with '/'. */
    public String siteUrl() {
        return siteUrl;
    }

    /** A link from a page to a fragment of another: {@code ../methodology/index.html#uncertainty}. */
    public static String link(Route from, Route to, String fragment) {
        return from.linkTo(to) + "#" + fragment;
    }

    /**
     * A route as an absolute path on the host ("/rebound/models/"), for the 404 page, which the host serves at
     * any depth.
     */
    public String hostPath(Route route) {
        return basePath() + route.path();
    }

    /** The path part of the base URL ("/rebound/"). */
    public String basePath() {
        int scheme = siteUrl.indexOf("://");
        int slash = siteUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : siteUrl.substring(slash);
    }

    private static Route page(String path) {
        return new Route(path, true);
    }

    private static Route file(String path) {
        return new Route(path, false);
    }

    /**
     * "GPT-3 175B (davinci)" → "gpt-3-175b-davinci", for a model's page.
     */
    static String slugOf(String name) {
        return slugOf(name, "model");
    }

    /**
     * A page name from {@code name}: its letters and digits, lower-case, joined by '-'. A name with no ASCII letter or
     * digit gets {@code word} ("model", "organisation") and a hash of the name, so that it is still stable; a name
     * that would be a Windows device name ({@code con}, {@code nul}, {@code com1}…), which no Windows folder may
     * take, gets {@code -word} after it.
     */
    static String slugOf(String name, String word) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replace('.', '-')
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = word + "-" + Integer.toHexString(name.hashCode());
        }
        slug = slug.length() > MAX_SLUG_LENGTH ? slug.substring(0, MAX_SLUG_LENGTH).replaceAll("-$", "") : slug;
        return WINDOWS_DEVICES.matcher(slug).matches() ? slug + "-" + word : slug;
    }

    /** Names Windows reserves for devices, as a folder's whole name. */
    private static final java.util.regex.Pattern WINDOWS_DEVICES = java.util.regex.Pattern.compile(
            "con|prn|aux|nul|com[0-9]|lpt[0-9]|conin|conout|clock");

    /**
     * The page name of each model: its registered slug when {@code data/slugs.csv} has it (see {@link #resolve}),
     * else a new one from its name that no registered model uses. New names are given in a fixed order (name,
     * date, organisation, line), so file order never matters; registering them ({@code rebound slugs}) keeps them
     * in later editions.
     */
    private static Map<NotableModel, String> modelSlugs(List<Estimate> estimates, List<RegisteredSlug> registry) {
        List<NotableModel> models = estimates.stream().map(Estimate::model).toList();
        Map<NotableModel, RegisteredSlug> known = resolve(models, registry);
        Map<NotableModel, String> slugs = new HashMap<>();
        known.forEach((m, r) -> slugs.put(m, r.slug()));
        List<NotableModel> rest = models.stream().filter(m -> !known.containsKey(m)).toList();
        List<RegisteredSlug> taken = new ArrayList<>(registry);
        // The first of the unregistered rows of each name and date, in estimate order, takes the new name.
        Map<String, NotableModel> firstOfKey = new HashMap<>();
        rest.forEach(m -> firstOfKey.putIfAbsent(key(m.name(), m.publicationDate()), m));
        for (RegisteredSlug r : register(rest, registry, 0)) {
            NotableModel m = firstOfKey.get(key(r.model(), r.publicationDate()));
            if (m != null && !slugs.containsKey(m)) {
                slugs.put(m, r.slug());
                taken.add(r);
            }
        }
        // Rows that repeat a model's name and date: the next free name.
        Set<String> used = new HashSet<>();
        taken.forEach(r -> used.add(r.slug()));
        for (NotableModel m : rest) {
            if (!slugs.containsKey(m)) {
                slugs.put(m, claim(slugOf(m.name()), used));
            }
        }
        return slugs;
    }

    /**
     * The registered entry of each model that has one: same name and publication date; or, where Epoch changed a
     * date, the one entry of that name left for the one model of that name left. A renamed model is a new one.
     */
    public static Map<NotableModel, RegisteredSlug> resolve(List<NotableModel> models, List<RegisteredSlug> registry) {
        Map<String, RegisteredSlug> exact = new HashMap<>();
        registry.forEach(r -> exact.putIfAbsent(key(r.model(), r.publicationDate()), r));
        Map<NotableModel, RegisteredSlug> found = new HashMap<>();
        Set<RegisteredSlug> used = new HashSet<>();
        for (NotableModel m : models) {
            RegisteredSlug r = exact.get(key(m.name(), m.publicationDate()));
            if (r != null && used.add(r)) {
                found.put(m, r);
            }
        }
        Map<String, List<RegisteredSlug>> leftByName = new HashMap<>();
        registry.stream().filter(r -> !used.contains(r))
                .forEach(r -> leftByName.computeIfAbsent(r.model(), k -> new ArrayList<>()).add(r));
        Set<String> matchedNames = new HashSet<>();
        found.keySet().forEach(m -> matchedNames.add(m.name()));
        Map<String, List<NotableModel>> unmatchedByName = new HashMap<>();
        models.stream().filter(m -> !found.containsKey(m))
                .forEach(m -> unmatchedByName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m));
        unmatchedByName.forEach((name, ms) -> {
            List<RegisteredSlug> left = leftByName.getOrDefault(name, List.of());
            if (ms.size() == 1 && left.size() == 1 && !matchedNames.contains(name)) {
                found.put(ms.get(0), left.get(0));
            }
        });
        return found;
    }

    /** The registry's entry of one model, if any (see {@link #resolve}). */
    public static Optional<RegisteredSlug> registered(NotableModel model, List<RegisteredSlug> registry) {
        return Optional.ofNullable(resolve(List.of(model), registry).get(model));
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3}… not in {@code used}, which it joins. */
    private static String claim(String base, Set<String> used) {
        String slug = base;
        for (int i = 2; !used.add(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private static String key(String name, Optional<java.time.LocalDate> date) {
        return name + "\u0000" + date.map(Object::toString).orElse("");
    }

    /**
     * New registry entries for {@code models} that have none: unique slugs from their names, none already
     * registered, given in a fixed order so that file order never matters.
     *
     * @param year the edition year they are registered in
     */
    public static List<RegisteredSlug> register(List<NotableModel> models, List<RegisteredSlug> registry, int year) {
        record Named(String base, NotableModel model) {
        }
        Set<String> used = new HashSet<>();
        registry.forEach(r -> used.add(r.slug()));
        Map<NotableModel, RegisteredSlug> known = resolve(models, registry);
        List<Named> sorted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NotableModel m : models) {
            if (!known.containsKey(m) && seen.add(key(m.name(), m.publicationDate()))) {
                sorted.add(new Named(slugOf(m.name()), m));
            }
        }
        sorted.sort(Comparator.comparing(Named::base)
                .thenComparing(n -> n.model().publicationDate().map(Object::toString).orElse(""))
                .thenComparing(n -> n.model().name())
                .thenComparing(n -> n.model().organization())
                .thenComparingLong(n -> n.model().source().line()));
        List<RegisteredSlug> added = new ArrayList<>();
        for (Named n : sorted) {
            added.add(new RegisteredSlug(claim(n.base(), used), n.model().name(), n.model().publicationDate(), year));
        }
        return added;
    }

    /**
     * The registry with a successor recorded for each model Epoch renamed: an entry whose model is no longer in
     * {@code models} is succeeded by the one entry of a model of the same publication date whose name holds every
     * word of the old name, or whose words the old name all holds ("BOXES" → "Boxes (pole)"). Entries with a
     * successor keep it; an ambiguous or unlike candidate records none (the old address then says Epoch no longer
     * lists the model). Every model of {@code models} must be registered.
     */
    public static List<RegisteredSlug> withSuccessors(List<NotableModel> models, List<RegisteredSlug> registry) {
        Map<NotableModel, RegisteredSlug> known = resolve(models, registry);
        Set<RegisteredSlug> present = new HashSet<>(known.values());
        Map<java.time.LocalDate, List<RegisteredSlug>> byDate = new HashMap<>();
        known.values().forEach(r -> r.publicationDate().ifPresent(d -> byDate.computeIfAbsent(d, k -> new ArrayList<>())
                .add(r)));
        List<RegisteredSlug> result = new ArrayList<>();
        for (RegisteredSlug r : registry) {
            if (present.contains(r) || r.successor().isPresent() || r.publicationDate().isEmpty()) {
                result.add(r);
                continue;
            }
            Set<String> words = words(r.model());
            List<RegisteredSlug> like = byDate.getOrDefault(r.publicationDate().get(), List.of()).stream()
                    .filter(c -> !c.equals(r)).filter(c -> {
                        Set<String> other = words(c.model());
                        return !words.isEmpty() && !other.isEmpty() && (other.containsAll(words) || words.containsAll(other));
                    }).distinct().toList();
            result.add(like.size() == 1 ? r.succeededBy(like.get(0).slug()) : r);
        }
        return result;
    }

    /** The lower-case words (letters and digits) of a name. */
    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
