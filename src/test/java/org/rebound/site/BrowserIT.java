package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rebound.Build;

/**
 * The site in a real browser: Debian's Chromium, headless, driven through chromium-driver (both installed by
 * {@code .ci/run}). The pinned 2026 export ({@code data/epoch/}) is built once, served over loopback under the path
 * part of the site's base URL ("/rebound/", as the host serves it), and every page kind is looked at:
 * <ul>
 * <li>axe-core ({@code node_modules/}, installed by {@code npm ci} in {@code mvn verify}) at 390 and 1280 px,
 * light and dark: no serious or critical violation;</li>
 * <li>search: "gpt 3" gives GPT-3 175B first, "claude" several Claude models;</li>
 * <li>a chart point under the pointer tells its value with its unit;</li>
 * <li>at 390 px no page scrolls sideways, every chart fits the screen and its text reads at 12 px or more.</li>
 * </ul>
 * Every axe violation, whatever its impact, and the tooltips hovered are also written to
 * {@code target/browser/axe-violations.md}.
 * <p>Tagged {@code live-data}: it builds from the live {@code data/} (the real edition), not the tests' frozen copy.
 */
@Tag("live-data")
class BrowserIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("rebound.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("rebound.chromedriver", "/usr/bin/chromedriver"));
    private static final Path AXE =
            Path.of(System.getProperty("rebound.axe", "node_modules/axe-core/axe.min.js"));
    private static final Path REPORT = Path.of("target/browser/axe-violations.md");

    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;
    /** The smallest chart text that reads on a phone, in CSS pixels. */
    private static final double MIN_CHART_TEXT_PX = 12;

    /** A page of each kind the site has (the excluded models are a section of the models page). */
    private static final List<PageKind> PAGES = List.of(
            new PageKind("home", ""),
            new PageKind("models", "models/"),
            new PageKind("model", "models/gpt-3-175b-davinci/"),
            new PageKind("cards", "gpus/"),
            new PageKind("card", "gpus/nvidia-tesla-v100-sxm2-32gb/"),
            new PageKind("organisation", "organisations/openai/"),
            new PageKind("trends", "trends/"),
            new PageKind("trends data", "trends/data/"),
            new PageKind("kept address", "models/gpt-4/"),
            new PageKind("scenarios", "scenarios/"),
            new PageKind("methodology", "methodology/"),
            new PageKind("validation", "validation/"),
            new PageKind("glossary", "glossary/"),
            new PageKind("about", "about/"),
            new PageKind("data", "data/"),
            new PageKind("search", "search/?q=gpt"),
            new PageKind("404", "no-such-page/"));

    /** A value and its unit, as a tooltip should give them: "632,000 kg CO2 eq", "1.23 × 10¹⁹ FLOP". */
    private static final Pattern VALUE_WITH_UNIT = Pattern.compile(
            "\\d(?:[\\d,.]*\\d)?(?:\\s*×\\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻−-]*)?\\s*%?\\s*"
                    + "(?:[kMGTP]?Wh|[kMGTP]?J|(?:kg|t|Mt|g|mg) ?(?:CO2|CO₂|Sb) ?eq|FLOP|GPU-h|h\\b|W\\b|years?|cards?)");

    /** Where axe-core reads a page, as sent to it. */
    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (r) {
              done(JSON.stringify(r.violations.map(function (v) {
                return {id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(function (n) { return {target: n.target, impact: n.impact}; })};
              })));
            }, function (e) { done('axe failed: ' + e); });
            """;

    @TempDir
    static Path tmp;

    private static Build.Summary summary;
    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static ChromeDriver driver;
    private static String base;
    private static String axeSource;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every violation seen, by rule: "rule (impact): help" to its lines "page, width, scheme: targets". */
    private static final Map<String, List<String>> VIOLATIONS = new TreeMap<>();
    /** The tooltip of each chart point hovered, and where it came from. */
    private static final List<String> TOOLTIPS = new ArrayList<>();

    record PageKind(String name, String path) {
        @Override
        public String toString() {
            return name + " (/" + path + ")";
        }
    }

    enum Scheme {
        LIGHT, DARK;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            fail("BrowserIT needs Chromium and ChromeDriver: run `apt-get install chromium chromium-driver` (missing: "
                    + String.join(", ", missing) + ")");
        }
        if (!Files.isRegularFile(AXE)) {
            fail("BrowserIT needs axe-core at " + AXE + ": run `npm ci` in the project folder (mvn verify does)");
        }
        axeSource = Files.readString(AXE);

        Path site = tmp.resolve("site");
        summary = Build.run(Build.Options.builder().out(site).build(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        // Served where the host serves it: under the path of the base URL, which the 404 page's links use.
        String basePath = URI.create(JSON.readTree(site.resolve("edition.json").toFile()).get("url").asText())
                .getPath();
        server = serve(site, basePath);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + basePath;

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Headless, and none of Chromium's own connections: this machine reaches no other host.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium")),
                "--window-size=" + DESKTOP + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop(0);
            serverThreads.shutdownNow();
        }
        if (driver != null) {
            driver.quit();
            writeReport();
        }
    }

    static Stream<Arguments> views() {
        return PAGES.stream().flatMap(p -> Stream.of(PHONE, DESKTOP).flatMap(
                w -> Stream.of(Scheme.values()).map(s -> Arguments.of(p, w, s))));
    }

    static Stream<PageKind> pages() {
        return PAGES.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @MethodSource("views")
    void axeFindsNothingSeriousOrCritical(PageKind page, int width, Scheme scheme) throws IOException {
        open(page, width, scheme);
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
            js(axeSource);
        }
        Object result = driver.executeAsyncScript(AXE_RUN);
        assertTrue(result instanceof String s && s.startsWith("["), String.valueOf(result));
        List<String> severe = new ArrayList<>();
        for (JsonNode v : JSON.readTree((String) result)) {
            String impact = v.path("impact").asText("none");
            StringBuilder targets = new StringBuilder();
            for (JsonNode n : v.path("nodes")) {
                targets.append(targets.length() == 0 ? "" : " | ").append(target(n.path("target")));
            }
            String where = page + ", " + width + " px, " + scheme + " (" + v.path("nodes").size() + "): " + targets;
            synchronized (VIOLATIONS) {
                VIOLATIONS.computeIfAbsent(v.path("id").asText() + " (" + impact + "): " + v.path("help").asText(),
                        k -> new ArrayList<>()).add(where);
            }
            if (impact.equals("serious") || impact.equals("critical")) {
                severe.add(v.path("id").asText() + " (" + impact + ", " + v.path("help").asText() + ") on " + where);
            }
        }
        assertEquals(List.of(), severe, "axe: serious or critical violations on " + page + " at " + width + " px, "
                + scheme);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {PHONE, DESKTOP})
    void searchFindsGpt3FirstAndSeveralClaudeModels(int width) {
        open(PAGES.get(0), width, Scheme.LIGHT);
        // The box in every page's header sends to the search page, which lists what matches.
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("gpt 3");
        box.sendKeys(Keys.ENTER);
        List<String> gpt = results("gpt 3");
        assertTrue(!gpt.isEmpty() && gpt.get(0).startsWith("GPT-3 175B"), "\"gpt 3\" first gives " + gpt);
        driver.findElement(By.cssSelector("#search-results li a")).click();
        wait(d -> d.getCurrentUrl().contains("/models/gpt-3-175b-davinci/"), "the GPT-3 175B page");
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("GPT-3 175B"),
                driver.findElement(By.tagName("h1")).getText());

        driver.navigate().back();
        WebElement input = wait(d -> d.findElement(By.id("search-q")), "the search page");
        input.clear();
        input.sendKeys("claude");
        List<String> claude = results("claude");
        long claudes = claude.stream().filter(t -> t.startsWith("Claude")).count();
        assertTrue(claudes >= 5, "\"claude\" gives " + claude);
        assertTrue(claude.subList(0, 5).stream().allMatch(t -> t.startsWith("Claude")),
                "\"claude\" gives first " + claude);
        // A model that is not estimated leads to the list of excluded models, not to a missing page.
        driver.findElement(By.cssSelector("#search-results li a")).click();
        wait(d -> !d.getCurrentUrl().contains("/search/"), "the first Claude result");
        assertTrue(!driver.getTitle().startsWith("Page not found"), driver.getCurrentUrl());
    }

    /** Where the middle point of a chart (by date) is on the screen, from the data the chart carries for the script. */
    private static final String POINT_ON_SCREEN = """
            var svg = arguments[0];
            var f = svg.getAttribute('data-frame').split(' ').map(Number);
            var pts = JSON.parse(svg.getAttribute('data-pts'));
            var keys = svg.closest('[data-keys]').getAttribute('data-keys').split('\\n')
                .map(function (l) { return l.split('\\t'); });
            var p = pts[Math.floor(pts.length / 2)];
            var x = parseFloat(keys[p[0]][5]);
            var ax = f[9] === 1 ? Math.log10(x) : x;
            var px = f[0] + (ax - f[4]) / (f[5] - f[4]) * f[2];
            var py = f[1] + f[3] - ((f[8] === 1 ? Math.log10(p[1]) : p[1]) - f[6]) / (f[7] - f[6]) * f[3];
            var r = svg.getBoundingClientRect();
            var s = r.width / 720;
            return [Math.round(r.left + px * s), Math.round(r.top + py * s)];
            """;

    /** The pages visited cover every page kind of {@code SiteWriter.kinds()}: a new kind is noticed here. */
    @Test
    void everyPageKindOfTheSiteIsVisited() {
        List<String> visited = PAGES.stream().map(p -> p.name().equals("404") ? Routes.NOT_FOUND_FILE
                : p.path().replaceAll("\\?.*", "") + Route.INDEX).toList();
        List<String> missing = new ArrayList<>();
        new SiteWriter(Path.of("templates"), Path.of("content")).pagesByKind(summary.report()).forEach((kind, files) -> {
            if (!files.isEmpty() && files.stream().noneMatch(visited::contains)) {
                missing.add(kind);
            }
        });
        assertEquals(List.of(), missing, "page kinds BrowserIT does not visit: add one of their pages to PAGES");
    }

    @Test
    void aChartPointUnderThePointerOrTheKeyboardTellsItsValueWithItsUnit() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (PageKind page : PAGES) {
            open(page, DESKTOP, Scheme.LIGHT);
            List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart[data-pts]"));
            for (int c = 0; c < charts.size(); c++) {
                WebElement chart = charts.get(c);
                if (!chart.isDisplayed()) {
                    continue; // a chart the trends page's measure selector hides
                }
                String id = page + " chart " + (c + 1) + " (" + chart.getAttribute("aria-labelledby") + ")";
                js("arguments[0].scrollIntoView({block: 'center'});", chart);
                List<?> at = (List<?>) js(POINT_ON_SCREEN, chart);
                new Actions(driver).moveToLocation(((Number) at.get(0)).intValue(), ((Number) at.get(1)).intValue())
                        .perform();
                check(id + " (pointer)", problems);
                // The keyboard: one tab stop per chart, an arrow key to a point.
                js("arguments[0].focus();", chart);
                new Actions(driver).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT).perform();
                check(id + " (keyboard)", problems);
                checked++;
            }
        }
        assertTrue(checked > 0, "no chart point found");
        assertEquals(List.of(), problems, checked + " charts checked");
    }

    private void check(String id, List<String> problems) {
        List<?> seen = (List<?>) tooltip();
        String tip = seen == null ? null : (String) seen.get(1);
        synchronized (TOOLTIPS) {
            TOOLTIPS.add(id + ": " + (seen == null ? "none" : seen.get(0) + ": " + tip));
        }
        if (tip == null || tip.isBlank()) {
            problems.add(id + ": no tooltip");
        } else if (!VALUE_WITH_UNIT.matcher(tip).find()) {
            problems.add(id + ": tooltip without a value and its unit: " + tip);
        }
    }

    /**
     * The page is no wider than the screen, as loaded and with every {@code <details>} open (a BibTeX entry, a
     * chart's data table). Its width is compared with the layout viewport's ({@code clientWidth}): a phone zooms a
     * page that is too wide out, and {@code innerWidth} grows with it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noPageScrollsSidewaysOnAPhone(PageKind page) {
        open(page, PHONE, Scheme.LIGHT);
        List<String> problems = new ArrayList<>();
        for (boolean opened : List.of(false, true)) {
            if (opened) {
                js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
            }
            List<?> o = (List<?>) js(WIDER_THAN_THE_SCREEN);
            long width = ((Number) o.get(0)).longValue();
            long screen = ((Number) o.get(1)).longValue();
            if (width > screen) {
                problems.add((opened ? "with its details open, " : "as loaded, ") + width + " px wide for " + screen
                        + " (wider than the screen: " + o.get(2) + ")");
            }
        }
        assertEquals(List.of(), problems, page + " scrolls sideways at " + PHONE + " px");
    }

    /** The page's width, the screen's, and the elements that go past the screen, the widest first. */
    private static final String WIDER_THAN_THE_SCREEN = """
            var width = document.documentElement.clientWidth, wide = [];
            function name(e) {
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/ +/g, '.') : '');
            }
            var listed = new Set();
            document.querySelectorAll('body *').forEach(function (e) {
              if (e.closest('svg, .visually-hidden, .skip')) { return; }
              // Within a listed element, or clipped by a box that scrolls or hides: not what widens the page.
              for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (listed.has(a) || getComputedStyle(a).overflowX !== 'visible') { return; }
              }
              var r = e.getBoundingClientRect();
              var text = Array.prototype.some.call(e.childNodes, function (n) {
                return n.nodeType === 3 && n.textContent.trim() !== '';
              });
              if (r.right > width + 0.5 && r.width > 0) {
                listed.add(e);
                wide.push({what: name(e), right: r.right});
              } else if (text && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0
                  && r.left + e.scrollWidth > width + 0.5) {
                listed.add(e);
                wide.push({what: 'the text of ' + name(e), right: r.left + e.scrollWidth});
              }
            });
            wide.sort(function (a, b) { return b.right - a.right; });
            wide = wide.map(function (w) { return w.what + ' to ' + Math.round(w.right) + ' px'; });
            return [document.scrollingElement.scrollWidth, width, wide.slice(0, 8).join('; ')];
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void chartsFitAPhoneScreenAndTheirTextReads(PageKind page) {
        open(page, PHONE, Scheme.LIGHT);
        List<?> charts = (List<?>) js("""
                return Array.prototype.map.call(document.querySelectorAll('svg.chart'), function (svg, i) {
                  var r = svg.getBoundingClientRect();
                  var smallest = Infinity, what = '';
                  svg.querySelectorAll('text').forEach(function (t) {
                    var m = t.getScreenCTM();
                    if (!m || t.getClientRects().length === 0) { return; }
                    var px = parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(m.a * m.a + m.b * m.b);
                    if (px < smallest) { smallest = px; what = t.textContent.trim().slice(0, 30); }
                  });
                  return [svg.getAttribute('aria-labelledby') || ('chart ' + (i + 1)), r.left, r.right,
                          smallest === Infinity ? -1 : smallest, what];
                });
                """);
        List<String> problems = new ArrayList<>();
        for (Object chart : charts) {
            List<?> c = (List<?>) chart;
            String name = String.valueOf(c.get(0));
            double left = ((Number) c.get(1)).doubleValue();
            double right = ((Number) c.get(2)).doubleValue();
            double text = ((Number) c.get(3)).doubleValue();
            if (left < -0.5 || right > PHONE + 0.5) {
                problems.add(name + " spans " + Math.round(left) + " to " + Math.round(right) + " px of " + PHONE);
            }
            if (text >= 0 && text < MIN_CHART_TEXT_PX - 0.01) {
                problems.add(String.format(Locale.ROOT, "%s: text at %.1f px (\"%s\")", name, text, c.get(4)));
            }
        }
        assertEquals(List.of(), problems, page + " at " + PHONE + " px: " + charts.size() + " charts");
    }

    /** Loads a page of the kind at the width and in the colour scheme, and checks that they took. */
    private static void open(PageKind page, int width, Scheme scheme) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme.toString()))));
        driver.get(base + page.path());
        List<?> seen = (List<?>) js("return [matchMedia('(width: ' + arguments[0] + 'px)').matches,"
                + " matchMedia('(prefers-color-scheme: dark)').matches, document.title,"
                + " Array.prototype.some.call(document.styleSheets, function (s) { return s.cssRules.length > 0; })];",
                width);
        assertEquals(List.of(true, scheme == Scheme.DARK), seen.subList(0, 2),
                "the emulated width and colour scheme of " + page);
        if (!page.name().equals("404")) {
            assertTrue(!String.valueOf(seen.get(2)).startsWith("Page not found"), page + " is not served");
        }
        // Its links reach the stylesheet: relative ones, or the 404 page's absolute ones under the base path.
        assertEquals(true, seen.get(3), page + " has no stylesheet");
    }

    /** The search results' names, once the page has answered the query. */
    private static List<String> results(String query) {
        wait(d -> d.findElement(By.id("search-status")).getText().contains("result"), "results for " + query);
        return driver.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText)
                .toList();
    }

    /**
     * The tooltip the pointer shows: a visible tooltip element of the page's script where there is one, else the
     * SVG {@code <title>} of the mark under the pointer (the browser's own tooltip, which a headless browser never
     * draws).
     */
    private static Object tooltip() {
        return js("""
                var tips = document.querySelectorAll('[role=tooltip], .tooltip, .chart-tip');
                for (var i = 0; i < tips.length; i++) {
                  var r = tips[i].getBoundingClientRect();
                  if (r.width > 0 && r.height > 0 && getComputedStyle(tips[i]).visibility !== 'hidden'
                      && tips[i].textContent.trim() !== '') { return ['page tooltip', tips[i].textContent.trim()]; }
                }
                var hovered = document.querySelectorAll(':hover');
                for (var e = hovered[hovered.length - 1]; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentNode) {
                  var t = Array.prototype.find.call(e.children, function (c) { return c.tagName.toLowerCase() === 'title'; });
                  if (t) { return ['SVG title', t.textContent.trim()]; }
                }
                return null;
                """);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static <T> T wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> until, String what) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("waiting for " + what).until(until::apply);
    }

    private static String target(JsonNode target) {
        if (!target.isArray()) {
            return target.asText();
        }
        List<String> parts = new ArrayList<>();
        target.forEach(t -> parts.add(t.isTextual() ? t.asText() : t.toString()));
        return String.join(" > ", parts);
    }

    private static HttpServer serve(Path root, String basePath) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext(basePath, exchange -> {
            try {
                respond(exchange, root, exchange.getRequestURI().getPath().substring(basePath.length()));
            } finally {
                exchange.close();
            }
        });
        serverThreads = Executors.newFixedThreadPool(4);
        s.setExecutor(serverThreads);
        s.start();
        return s;
    }

    /** A file of the site, a folder's index.html, or the site's 404 page with status 404, as the host does. */
    private static void respond(HttpExchange exchange, Path root, String relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (file.startsWith(root) && Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "csv" -> "text/csv; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    /** Every violation axe found, serious or not, grouped by rule: for whoever fixes them. */
    private static void writeReport() throws IOException {
        StringBuilder s = new StringBuilder("# axe-core violations (BrowserIT)\n\n");
        if (VIOLATIONS.isEmpty()) {
            s.append("None.\n");
        }
        VIOLATIONS.forEach((rule, where) -> {
            s.append("## ").append(rule).append("\n\n");
            where.forEach(w -> s.append("- ").append(w).append('\n'));
            s.append('\n');
        });
        s.append("# Chart tooltips (a point of each chart hovered at ").append(DESKTOP).append(" px)\n\n");
        TOOLTIPS.forEach(t -> s.append("- ").append(t).append('\n'));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, s);
    }
}
