package org.rebound.site;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rebound.domain.Exclusion;
import org.rebound.domain.NotableModel;
import org.rebound.domain.RegisteredSlug;

/**
 * A page at every registered model address that has no model page in this edition, so that a cited address never
 * breaks: it says what happened — Epoch renamed the model (the page's canonical address is then the new page),
 * Epoch no longer lists it, or this edition does not estimate it — and links to where its numbers are: the new page,
 * the published edition that estimated it, or the list of models not estimated with the reason.
 */
final class FormerAddressPage implements PageKind {

    /** What happened to the model registered at this address. */
    enum Fate {
        /** Epoch lists it under another name: the registry's {@code successor}. */
        RENAMED,
        /** Epoch lists it, but this edition does not estimate it. */
        NOT_ESTIMATED,
        /** Epoch no longer lists it. */
        REMOVED
    }

    /**
     * What an old address shows.
     *
     * @param heading      the page's heading: the model's name as registered
     * @param fate         what happened, in a sentence
     * @param next         the link to follow, the most useful first; empty href for none
     * @param others       further links (a published edition's page, the model's source)
     * @param registered   the edition year the address was registered in
     */
    record View(String heading, String fate, Link next, List<Link> others, int registered) {
        View {
            others = List.copyOf(others);
        }
    }

    /** A link with its text. */
    record Link(String text, String href) {
    }

    @Override
    public boolean inSitemap() {
        return false;
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Routes r = site.routes();
        List<RegisteredSlug> registry = site.report().data().slugs();
        Set<String> withPage = r.modelPageSlugs();
        Map<String, RegisteredSlug> bySlug = new HashMap<>();
        registry.forEach(x -> bySlug.put(x.slug(), x));
        // The models of the export that were not estimated, by their registered entry.
        List<NotableModel> excludedModels = site.report().estimation().exclusions().stream().map(Exclusion::model)
                .toList();
        Map<NotableModel, RegisteredSlug> resolved = Routes.resolve(excludedModels, registry);
        Map<String, Exclusion> excludedBySlug = new HashMap<>();
        for (Exclusion x : site.report().estimation().exclusions()) {
            Optional.ofNullable(resolved.get(x.model())).ifPresent(s -> excludedBySlug.putIfAbsent(s.slug(), x));
        }
        return registry.stream().filter(x -> !withPage.contains(x.slug()))
                .sorted(Comparator.comparing(RegisteredSlug::slug))
                .map(x -> page(site, x, Optional.ofNullable(excludedBySlug.get(x.slug())), bySlug));
    }

    private static Page page(SiteContext site, RegisteredSlug x, Optional<Exclusion> excluded,
            Map<String, RegisteredSlug> bySlug) {
        Routes r = site.routes();
        Route route = r.registeredModel(x);
        String edition = site.report().edition().title();
        String dated = x.model() + x.publicationDate().map(d -> " (" + d + ")").orElse("");
        Optional<RegisteredSlug> successor = excluded.isPresent() ? Optional.empty()
                : x.successor().map(bySlug::get);
        List<Link> others = new java.util.ArrayList<>();
        publishedPage(site, x).ifPresent(others::add);
        View view;
        String title;
        Optional<Route> canonical = Optional.empty();
        if (successor.isPresent()) {
            Route to = r.registeredModel(successor.get());
            canonical = Optional.of(to);
            title = x.model() + ": now " + successor.get().model();
            view = new View(x.model(), "Epoch AI now lists " + dated + " under another name, "
                    + successor.get().model() + ". This address, registered in " + x.registered()
                    + ", leads to its page.", new Link(successor.get().model() + " in " + edition, route.linkTo(to)),
                    others, x.registered());
        } else if (excluded.isPresent()) {
            Exclusion e = excluded.get();
            title = x.model() + ": not estimated in " + edition;
            String source = Formats.firstLink(e.model().link());
            if (!source.isEmpty()) {
                others.add(new Link("The source Epoch AI gives for " + x.model(), source));
            }
            view = new View(x.model(), "Epoch AI lists " + dated + ", but " + edition + " does not estimate it: "
                    + Formats.exclusion(e) + ".", new Link("Every model not estimated, with the reason",
                    Routes.link(route, r.models(), "excluded")), others, x.registered());
        } else {
            title = x.model() + ": no longer listed";
            view = new View(x.model(), "Epoch AI's data, as read for " + edition + ", no longer lists " + dated
                    + ".", new Link("Every model of " + edition,
                    route.linkTo(r.models())), others, x.registered());
        }
        Page page = new Page(route, "former-address", title, view.fate(), view, Optional.empty(),
                Optional.of(route));
        return canonical.map(page::canonicalAt).orElse(page);
    }

    /** The newest published edition that had a page at this address, if this copy of the site holds editions. */
    private static Optional<Link> publishedPage(SiteContext site, RegisteredSlug x) {
        Routes r = site.routes();
        Route here = r.registeredModel(x);
        List<Editions.Frozen> editions = site.target().editions();
        for (int i = editions.size() - 1; i >= 0; i--) {
            Editions.Frozen f = editions.get(i);
            if (Files.isRegularFile(f.dir().resolve(here.file()))) {
                Route there = r.editionPage(f.year(), here);
                return Optional.of(new Link("Its page in " + f.title(), here.linkTo(there)));
            }
        }
        return Optional.empty();
    }
}
