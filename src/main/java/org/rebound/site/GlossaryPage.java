package org.rebound.site;

import java.util.Set;
import java.util.stream.Stream;
import org.rebound.content.Narrative;

/** The glossary: every term of the report in plain words, from {@code content/glossary.md}. */
final class GlossaryPage implements PageKind {

    /** What the glossary shows. */
    record View(String title, String narrativeHtml) {
    }

    @Override
    public Set<String> narratives() {
        return Set.of("glossary.md");
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Route route = site.routes().glossary();
        Narrative.Rendered glossary = site.narrative("glossary.md");
        return Stream.of(Page.of(route, "glossary", "Glossary", "The terms of the report in plain words: GPU-hours, "
                + "TDP, PUE, GWP, ADPe, primary energy, R² and confidence intervals, Epoch's confidence.",
                new View(glossary.title(), glossary.html())));
    }
}
