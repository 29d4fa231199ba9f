package org.rebound.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A wrapped line of prose that begins with a number and a bracket or full stop ("2022) for logic dies…") is read by
 * Markdown as a new numbered list: the about page once showed a sentence split into a list that way.
 */
class MarkdownWrapTest {
    private static final Pattern SLIP = Pattern.compile("^\\s+\\d+[.)](\\s.*)?$");

    @Test
    void noWrappedLineOfTheNarrativeStartsANumberedList() throws IOException {
        List<String> slips = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> content = Files.list(Path.of("content"))) {
            content.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        files.add(Path.of("CHANGES.md"));
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                if (SLIP.matcher(lines.get(i)).matches() && !lines.get(i - 1).isBlank()) {
                    slips.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), slips, "rewrap these lines so that no number begins one");
    }
}
