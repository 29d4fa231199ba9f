package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Epoch's Link column becomes an href the checker accepts, or no link at all: characters a URI may not hold are
 * percent-encoded, so that one odd row can never stop a deployment (issue 20, item 4).
 */
class FirstLinkTest {

    @Test
    void oddCharactersArePercentEncodedAndTheResultParses() {
        assertEquals("https://arxiv.org/abs/2005.14165", Formats.firstLink("https://arxiv.org/abs/2005.14165"));
        assertEquals("https://a.org/x", Formats.firstLink("https://a.org/x, https://b.org/y"));
        assertEquals("https://a.org/p%7Cq%7B%7D%5E%5C", Formats.firstLink("https://a.org/p|q{}^\\"));
        assertEquals("https://a.org/100%25", Formats.firstLink("https://a.org/100%"));
        assertEquals("https://a.org/a%2Fb%zz".replace("%zz", "%25zz"), Formats.firstLink("https://a.org/a%2Fb%zz"));
        assertEquals("https://a.org/%C3%A9t%C3%A9", Formats.firstLink("https://a.org/été"));
        assertEquals("HTTPS://A.org/x", Formats.firstLink("HTTPS://A.org/x"));
        for (String odd : new String[] {"https://a.org/p|q", "https://a.org/{x}", "https://a.org/%", "https://a.org/^",
                "https://a.org/\\\\x", "https://a.org/\"q\"", "https://a.org/<b>"}) {
            String href = Formats.firstLink(odd);
            assertEquals(href, URI.create(href).toString(), odd);
        }
    }

    @Test
    void whatIsNotAnHttpAddressWithAHostIsNotLinked() {
        assertEquals("", Formats.firstLink(""));
        assertEquals("", Formats.firstLink("javascript:alert(1)"));
        assertEquals("", Formats.firstLink("ftp://a.org/x"));
        assertEquals("", Formats.firstLink("https:///nohost"));
        assertEquals("", Formats.firstLink("see the paper"));
    }
}
