package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static final String GLOSSARY = "<h1>Glossary</h1><h2 id=\"training-run\">Training run</h2><p>One run.</p>"
            + "<h2 id=\"pue\">PUE</h2>\n<!-- terms: PUE -->\n<p>Power usage effectiveness: all over IT. A PUE of 1.2 "
            + "means more.</p><h2 id=\"gpu-hours\">GPU-hours</h2><!-- terms: GPU-hours, GPU-h1 --><p>Cards &amp; "
            + "hours.</p>";

    @Test
    void readsEachEntryWithItsWordsAndFirstSentence() {
        List<Terms.Entry> entries = Terms.of(GLOSSARY).entries();
        assertEquals(List.of(new Terms.Entry("pue", "Power usage effectiveness: all over IT.", List.of("PUE")),
                new Terms.Entry("gpu-hours", "Cards &amp; hours.", List.of("GPU-hours", "GPU-h1"))), entries);
    }

    @Test
    void linksTheFirstMentionOfEachEntryInMainTextOnly() {
        Terms terms = Terms.of(GLOSSARY);
        String page = "<header>PUE</header><main><h1>PUE</h1><a href=x>PUE</a><svg><text>PUE</text></svg>"
                + "<table><thead><tr><th>PUE</th></tr></thead><tbody><tr><td>A PUE-like PUEs, then PUE and PUE; "
                + "GPU-h1 and GPU-hours</td></tr></tbody></table><p>PUE</p></main><footer>PUE</footer>";
        String linked = terms.link(page, "../glossary/index.html");
        assertEquals("<header>PUE</header><main><h1>PUE</h1><a href=x>PUE</a><svg><text>PUE</text></svg>"
                + "<table><thead><tr><th>PUE</th></tr></thead><tbody><tr><td>A PUE-like PUEs, then "
                + "<a class=\"term\" href=\"../glossary/index.html#pue\" title=\"Power usage effectiveness: all over "
                + "IT.\">PUE</a> and PUE; <a class=\"term\" href=\"../glossary/index.html#gpu-hours\" "
                + "title=\"Cards &amp; hours.\">GPU-h1</a> and GPU-hours</td></tr></tbody></table><p>PUE</p></main>"
                + "<footer>PUE</footer>", linked);
    }
}
