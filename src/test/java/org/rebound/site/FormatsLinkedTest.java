package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatsLinkedTest {
    @Test
    void addressesBecomeLinksNamedByTheirHostAndTheRestIsEscaped() {
        assertEquals("From <a href=\"https://resources.nvidia.com/en-us/ds?x=1&amp;y=2\">resources.nvidia.com</a> "
                + "(sparsity &lt;2x&gt;); see <a href=\"https://www.tweaktown.com/news/85197/index.html\">"
                + "tweaktown.com</a>.", Formats.linked("From https://resources.nvidia.com/en-us/ds?x=1&y=2 "
                        + "(sparsity <2x>); see https://www.tweaktown.com/news/85197/index.html."));
        assertEquals("no address &quot;here&quot;", Formats.linked("no address \"here\""));
        assertEquals("(<a href=\"http://a.org/b\">a.org</a>), ", Formats.linked("(http://a.org/b), "));
    }
}
