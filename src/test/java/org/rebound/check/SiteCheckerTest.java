package org.rebound.check;

import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.Build;

/** The checker finds what it is there to find, with the page and place. */
class SiteCheckerTest {
    @TempDir
    Path site;

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>T</title>\n<meta name=\"description\" content=\"d\">\n"
            + "<link rel=\"canonical\" href=\"https://example.org/\">\n</head>\n";

    /** A valid page whose body, after its h1, holds {@code body}: line 10 starts with it. */
    private static String page(String body) {
        return HEAD + "<body><main><h1>A</h1>\n" + body + "\n</main></body>\n</html>\n";
    }

    /** Every site of these tests is one Rebound built: it holds the marker. */
    @org.junit.jupiter.api.BeforeEach
    void mark() throws IOException {
        Files.writeString(site.resolve(org.rebound.site.SiteOutput.MARKER), "");
    }

    private void write(String file, String text) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

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
                "index.html:9:30: broken fragment 'models/index.html#nowhere': no id 'nowhere' in models/index.html",
                "index.html:9:72: broken link 'gone.html': no file gone.html",
                "index.html:9:99: <img> loads 'https://cdn.example.org/x.png' from another host, expected a file of the site",
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

    @Test
    void anInvalidUtf8ByteIsAProblemAndTheRestOfThePageIsStillChecked() throws IOException {
        byte[] latin1 = page("<p>caf\u00e9</p> <a href=\"gone.html\">x</a>").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(site.resolve("index.html"), latin1);
        assertEquals(List.of(
                "index.html:10:7: found an invalid UTF-8 byte 0xE9 at line 10, column 7, expected UTF-8",
                "index.html:10:16: broken link 'gone.html': no file gone.html"), problems(false));
        List<String> withHtml = problems(true);
        assertTrue(withHtml.contains("index.html:10:7: found an invalid UTF-8 byte 0xE9 at line 10, column 7, "
                + "expected UTF-8"), withHtml.toString());
    }

    @Test
    void findsAJavascriptUrl() throws IOException {
        write("index.html", page("<p><a href=\"javascript:alert(1)\">x</a></p>"));
        assertEquals(List.of("index.html:10:7: <a> href 'javascript:alert(1)' is a javascript: URL, expected a link "
                + "to a page or a file"), problems(false));
    }

    @Test
    void findsAnInlineEventHandler() throws IOException {
        write("index.html", page("<p><button type=\"button\" onclick=\"go()\">Go</button></p>"));
        assertEquals(List.of("index.html:10:26: <button> has an inline event handler onclick, expected scripts only "
                + "in the site's own script files"), problems(false));
    }

    @Test
    void findsAnInlineScriptButAllowsTheSitesScriptFilesAndJsonLd() throws IOException {
        write("site.js", "");
        write("index.html", page("<script src=\"site.js\" defer></script>"
                + "<script type=\"application/ld+json\">{}</script><script>alert(1)</script>"));
        assertEquals(List.of("index.html:10:84: found an inline <script>, expected a script file of the site (src) "
                + "or JSON-LD data (type=\"application/ld+json\")"), problems(false));
    }

    @Test
    void findsAMetaRefresh() throws IOException {
        write("index.html", page("").replace("</head>",
                "<meta http-equiv=\"refresh\" content=\"0; url=https://example.com/\">\n</head>"));
        assertEquals(List.of("index.html:8:1: found <meta http-equiv=\"refresh\" content=\"0; url=https://example.com/\">,"
                + " expected no automatic reload or redirect"), problems(false));
    }

    @Test
    void findsAFormSendingToAnotherHostButAllowsTheSitesSearchForm() throws IOException {
        write("search/index.html", page(""));
        write("index.html", page("<form action=\"search/index.html\"><input name=\"q\"></form>\n"
                + "<form action=\"https://example.com/collect\"><input name=\"q\"></form>"));
        assertEquals(List.of("index.html:11:7: <form> sends to 'https://example.com/collect' on another host, "
                + "expected a page of the site"), problems(false));
    }

    @Test
    void findsObjectsEmbedsAndFramesFromAnotherHost() throws IOException {
        write("index.html", page("<object data=\"https://example.com/x.swf\"></object>\n"
                + "<embed src=\"https://example.com/x.swf\">\n<iframe src=\"https://example.com/\"></iframe>"));
        assertEquals(List.of(
                "index.html:10:9: <object> loads 'https://example.com/x.swf' from another host, expected a file of the site",
                "index.html:11:8: <embed> loads 'https://example.com/x.swf' from another host, expected a file of the site",
                "index.html:12:9: <iframe> loads 'https://example.com/' from another host, expected a file of the site"),
                problems(false));
    }

    @Test
    void findsASrcsetCandidateFromAnotherHost() throws IOException {
        write("a.png", "");
        write("index.html", page("<img src=\"a.png\" srcset=\"a.png 1x, https://cdn.example.org/a2.png 2x\" alt=\"a\">"));
        assertEquals(List.of("index.html:10:36: <img> loads 'https://cdn.example.org/a2.png' from another host, "
                + "expected a file of the site"), problems(false));
    }

    @Test
    void findsCssUrlsFromAnotherHostInAStyleElementButAllowsDataUrls() throws IOException {
        write("index.html", page("<style>\nb { background: url(data:image/png;base64,AAAA) }\n"
                + "i { background: url(\"https://cdn.example.org/i.png\") }\n</style>"));
        assertEquals(List.of("index.html:12:22: CSS url() loads 'https://cdn.example.org/i.png' from another host, "
                + "expected a file of the site"), problems(false));
    }

    @Test
    void findsCssUrlsFromAnotherHostInAStyleAttribute() throws IOException {
        write("index.html", page("<p style=\"background: url('//cdn.example.org/p.png')\">p</p>"));
        assertEquals(List.of("index.html:10:28: CSS url() loads '//cdn.example.org/p.png' from another host, "
                + "expected a file of the site"), problems(false));
    }

    @Test
    void findsCssUrlsAndImportsFromAnotherHostInAStyleSheet() throws IOException {
        write("index.html", page(""));
        write("assets/style.css", "@import \"https://fonts.example.org/f.css\";\n"
                + "body { background: url(https://cdn.example.org/b.png) }\n");
        assertEquals(List.of(
                "assets/style.css:1:10: CSS @import loads 'https://fonts.example.org/f.css' from another host, "
                        + "expected a file of the site",
                "assets/style.css:2:24: CSS url() loads 'https://cdn.example.org/b.png' from another host, "
                        + "expected a file of the site"), problems(false));
    }

    @Test
    void findsBrokenLinksInSvgFiles() throws IOException {
        write("index.html", page(""));
        write("models/bloom/index.html", page("<p id=\"x\">x</p>"));
        write("charts/c.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
                + "<a href=\"../models/bloom/index.html#x\"><text>ok</text></a>\n"
                + "<a xlink:href=\"../models/gone/index.html\"><text>gone</text></a>\n</svg>\n");
        assertEquals(List.of("charts/c.svg:3:4: broken link '../models/gone/index.html': no file "
                + "models/gone/index.html"), problems(false));
    }

    /**
     * The repository's sample site, built here from the tests' frozen data ({@code src/test/resources/data/}), passes every check but HTML validation
     * (which {@code SiteCheckIT} adds): its chart SVGs, search forms, script files and JSON-LD included.
     */
    /** The payloads of issue 20 that ran in Chromium after check said "0 problems". */
    @Test
    void findsSrcdocNoscriptMutationsAnimatedAddressesBackgroundsAndPings() throws IOException {
        write("index.html", page("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\" title=\"f\"></iframe>\n"
                + "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>\n"
                + "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>\n"
                + "<table background=\"https://evil.example/x.png\"><tr><td>x</td></tr></table>\n"
                + "<a href=\"https://example.org/\" ping=\"https://tracker.example/\">x</a>\n"
                + "<noscript><p>Searching needs <a href=\"index.html\">JavaScript</a>.</p></noscript>"));
        assertEquals(List.of(
                "index.html:10:9: <iframe> has srcdoc, a page written inline, expected a frame (if any) to load a file "
                        + "of the site",
                "index.html:11:21: <noscript> holds '</noscript' inside its markup: a browser running scripts ends it "
                        + "there and reads what follows as markup, expected no such text in a noscript",
                "index.html:12:9: <set> animates href, expected addresses only as written in the page",
                "index.html:13:8: <table> loads 'https://evil.example/x.png' from another host, expected a file of the "
                        + "site",
                "index.html:14:32: <a> has ping 'https://tracker.example/', which tells another address that the link "
                        + "was followed, expected no ping"), problems(false));
    }

    /** An empty folder, or one Rebound did not build, is not a site that passes. */
    @Test
    void aFolderWithoutAPageOrTheMarkerIsRefused() throws IOException {
        Files.delete(site.resolve(org.rebound.site.SiteOutput.MARKER));
        assertEquals(List.of(site + ": no index.html, expected a built site", site + ": no .rebound-site marker, "
                + "expected a folder that Rebound built"), problems(false));
    }

    @Test
    void theSampleSitePassesEveryCheck() throws IOException {
        Build.run(Build.Options.builder().data(org.rebound.support.Project.data()).out(site).models(Fixture.SAMPLE.toString()).build(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        SiteChecker.Result result = SiteChecker.checkLinks(site);
        assertEquals(List.of(), result.problems().stream().map(Object::toString).toList());
        assertTrue(result.pages() > 100, result.pages() + " pages");
        assertTrue(Files.isRegularFile(site.resolve("charts/pe-mj-trend.svg")), "the charts are checked");
    }
}
