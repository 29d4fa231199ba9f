package org.rebound.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Markdown goes through a safelist: the hostile payloads of issue 20 (each once raw in a Markdown file) leave no
 * script, frame, handler, style or non-http(s) address; what a narrative needs (heading ids, tables, links, the
 * glossary's terms comments) stays.
 */
class NarrativeSafelistTest {

    private static String html(String markdown) {
        return Narrative.render("t.md", "# T\n\n" + markdown + "\n", Map.of()).html();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>",
        "<svg><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></svg>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<a href=\"https://example.org/\" ping=\"https://tracker.example/\">x</a>",
        "[x](javascript:alert(1))",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example/\"><input name=x></form>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"
    })
    void aHostilePayloadLeavesNothingExecutable(String payload) {
        String out = html(payload).toLowerCase(java.util.Locale.ROOT);
        for (String bad : new String[] {"<script", "onerror", "<iframe", "srcdoc", "<noscript", "<set", "<animate",
                "javascript:", "background=", "ping=", "data:text", "<object", "<embed", "<form", "<input", "style=",
                "<base", "<meta"}) {
            assertFalse(out.contains(bad), bad + " in " + out);
        }
    }

    @Test
    void whatANarrativeNeedsStays() {
        String out = html("## A heading\n\nSee [the models](../models/index.html#excluded), [Epoch](https://epoch.ai/) "
                + "and [below](#a-heading).\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n<!-- terms: GWP, CO2 eq -->\n\nText "
                + "with `code` and *emphasis*.");
        assertTrue(out.contains("<h2 id=\"a-heading\">A heading</h2>"), out);
        assertTrue(out.contains("<a href=\"../models/index.html#excluded\">the models</a>"), out);
        assertTrue(out.contains("<a href=\"https://epoch.ai/\">Epoch</a>"), out);
        assertTrue(out.contains("<a href=\"#a-heading\">below</a>"), out);
        assertTrue(out.contains("<table>") && out.contains("<td align=\"right\">2</td>"), out);
        assertTrue(out.contains("<!-- terms: GWP, CO2 eq -->"), out);
        assertTrue(out.contains("<code>code</code>") && out.contains("<em>emphasis</em>"), out);
        // A terms comment cannot smuggle markup: its words are text.
        String sneaky = html("<!-- terms: a\"><script>x</script> -->");
        assertFalse(sneaky.contains("<script"), sneaky);
        assertEquals(Narrative.safe("<p>x</p>"), "<p>x</p>");
    }

    /** A placeholder is filled or refused with its place; none reaches a page as text ({{Upper}} did). */
    @ParameterizedTest
    @ValueSource(strings = {"{{Upper}}", "{{ two words }}", "{{émoji}}", "{{param:no.such-key}}"})
    void aPlaceholderThatIsNotAKnownValueIsRefusedWithItsPlace(String placeholder) {
        org.rebound.problem.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.rebound.problem.InputException.class,
                () -> Narrative.render("t.md", "# T\n\nText and " + placeholder + ".\n", Map.of("known", "1")));
        String key = placeholder.substring(2, placeholder.length() - 2).strip();
        assertEquals("t.md:3:10: unknown value '{{" + key + "}}', expected one of: known", e.problems().get(0).toString());
        assertTrue(html("Keep { braces } and {{ unclosed").contains("Keep { braces } and {{ unclosed"),
                html("Keep { braces } and {{ unclosed"));
        assertEquals("<p>Fill 1.</p>", Narrative.render("t.md", "# T\n\nFill {{ known }}.\n", Map.of("known", "1"))
                .html().strip());
    }
}
