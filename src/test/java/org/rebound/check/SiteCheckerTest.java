package org.rebound.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker finds what it is there to find, with the page and place. */
class SiteCheckerTest {
    @TempDir
    Path site;

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>T</title>\n<meta name=\"description\" content=\"d\">\n"
            + "<link rel=\"canonical\" href=\"https://example.org/\">\n</head>\n";

    private List<String> problems(boolean html) throws IOException {
        SiteChecker.Result r = html ? SiteChecker.check(site) : SiteChecker.checkLinks(site);
        return r.problems().stream().map(Object::toString).toList();
    }

    @Test
    void aValidPageHasNoProblem() throws IOException {
        Files.writeString(site.resolve("index.html"), HEAD + "<body><main><h1 id=\"a\">A</h1>"
                + "<p><a href=\"#a\">self</a></p></main></body>\n</html>\n");
        assertEquals(List.of(), problems(true));
    }

    @Test
    void findsBrokenLinksFragmentsForeignResourcesAndMissingMetadata() throws IOException {
        Files.createDirectories(site.resolve("models"));
        Files.writeString(site.resolve("index.html"), HEAD + "<body><h1>A</h1><h1>B</h1>"
                + "<a href=\"models/index.html#nowhere\">x</a> <a href=\"gone.html\">y</a>"
                + "<img src=\"https://cdn.example.org/x.png\" alt=\"x\"></body>\n</html>\n");
        Files.writeString(site.resolve("models/index.html"), "<!DOCTYPE html><html><head><title>M</title></head>"
                + "<body><h1>M</h1></body></html>");
        assertEquals(List.of(
                "index.html: found 2 h1 elements, expected exactly one",
                "index.html: broken fragment 'models/index.html#nowhere': no id 'nowhere' in models/index.html",
                "index.html: broken link 'gone.html': no file gone.html",
                "index.html: <img> loads 'https://cdn.example.org/x.png' from another host, expected a file of the site",
                "models/index.html: no lang attribute on html, expected lang=\"en\"",
                "models/index.html: no absolute canonical URL, expected one link rel=canonical",
                "models/index.html: no description, expected a meta name=description with content"), problems(false));
    }

    @Test
    void theHtmlCheckerReportsInvalidMarkupWithItsPlace() throws IOException {
        Files.writeString(site.resolve("index.html"), HEAD + "<body>\n<main><h1>A</h1>\n<p><div>block in p</div>"
                + "<span id=\"x\"></span><span id=\"x\"></span></main></body>\n</html>\n");
        List<String> problems = problems(true);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("index.html:11:") && p.contains("HTML: Duplicate ID")),
                problems.toString());
    }
}
