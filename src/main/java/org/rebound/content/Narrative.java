package org.rebound.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/** Renders a Markdown file of {@code content/} to HTML, with generated values put in. */
public final class Narrative {
    /**
     * Any {@code {{…}}}: a known key is filled, anything else ({@code {{Upper}}}, {@code {{ a b }}}) is refused with
     * its place, so that no placeholder reaches a page as text.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\n]*?)\\s*}}");
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    /** The title (first level-1 heading) and the HTML body of a narrative. */
    public record Rendered(String title, String html) {
    }

    private Narrative() {
    }

    public static Rendered render(Path file, Map<String, String> values) {
        String markdown;
        try {
            markdown = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file.toString(), "cannot read the file: " + Problem.reason(e)));
        }
        return render(file.toString(), markdown, values);
    }

    public static Rendered render(String file, String markdown, Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PLACEHOLDER.matcher(lines[i]);
            StringBuilder line = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    problems.add(new Problem(file, i + 1, m.start() + 1, "unknown value '{{" + m.group(1)
                            + "}}', expected one of: " + String.join(", ", values.keySet().stream().sorted().toList())));
                    value = "";
                }
                m.appendReplacement(line, Matcher.quoteReplacement(escape(value)));
            }
            m.appendTail(line);
            out.append(line).append('\n');
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        String text = out.toString();
        String title = "";
        String body = text;
        Matcher heading = Pattern.compile("\\A\\s*# (.+)\\n").matcher(text);
        if (heading.find()) {
            title = heading.group(1).strip().replace("\\", "");
            body = text.substring(heading.end());
        }
        return new Rendered(title, safe(RENDERER.render(PARSER.parse(body))));
    }

    /**
     * The only markup a narrative may produce: text, headings (with their ids), lists, tables, quotes, code, images
     * and links to http(s) or relative addresses (and a span's title, which carries the glossary's terms while the
     * markup is cleaned). It is only read once built. Raw HTML in the Markdown goes through the same list: a script,
     * a frame, an event handler, a style or a {@code javascript:} address is dropped, whoever wrote the file.
     */
    static final Safelist SAFELIST = Safelist.relaxed()
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
            .addAttributes("h5", "id").addAttributes("h6", "id").addAttributes("th", "align")
            .addAttributes("td", "align").addAttributes("span", "title")
            .removeProtocols("a", "href", "ftp", "mailto").preserveRelativeLinks(true);

    /**
     * {@code html} with only what {@link #SAFELIST} allows, written as it was (not re-indented). The glossary's
     * {@code <!-- terms: … -->} comments, which the site reads, are kept: each goes through the cleaning as an empty
     * span holding its words, then back.
     */
    static String safe(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
                .charset(StandardCharsets.UTF_8).escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        Matcher terms = TERMS_COMMENT.matcher(html);
        StringBuilder marked = new StringBuilder();
        while (terms.find()) {
            terms.appendReplacement(marked, Matcher.quoteReplacement("<span title=\"" + TERMS_MARK
                    + escapeAttribute(terms.group(1)) + "\"></span>"));
        }
        terms.appendTail(marked);
        String clean = Jsoup.clean(marked.toString(), SAFE_BASE, SAFELIST, output);
        Matcher back = TERMS_MARKED.matcher(clean);
        StringBuilder out = new StringBuilder();
        while (back.find()) {
            back.appendReplacement(out, Matcher.quoteReplacement("<!-- terms: "
                    + org.jsoup.parser.Parser.unescapeEntities(back.group(1), true).replace("--", "") + " -->"));
        }
        back.appendTail(out);
        return out.toString();
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The glossary's comment naming the terms an entry defines. */
    private static final Pattern TERMS_COMMENT = Pattern.compile("<!-- terms: ([^<>]*?) -->");
    /** What marks such a comment while the markup is cleaned. */
    private static final String TERMS_MARK = "rebound-terms: ";
    private static final Pattern TERMS_MARKED = Pattern.compile("<span title=\"" + Pattern.quote(TERMS_MARK)
            + "([^\"]*)\"></span>");

    /** A base address the safelist resolves relative links against, to keep them relative (never written). */
    private static final String SAFE_BASE = "https://narrative.invalid/content/";

    /** A value as literal text: HTML-special characters as entities, Markdown punctuation escaped. */
    static String escape(String value) {
        StringBuilder s = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~' -> s.append('\\').append(c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
