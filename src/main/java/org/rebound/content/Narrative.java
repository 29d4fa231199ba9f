package org.rebound.content;

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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9_:.\\-]+)\\s*}}");
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
            throw new InputException(Problem.ofFile(file.toString(), "cannot read the file: " + e.getMessage()));
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
        return new Rendered(title, RENDERER.render(PARSER.parse(body)));
    }

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
