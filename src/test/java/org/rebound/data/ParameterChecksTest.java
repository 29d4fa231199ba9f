package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.domain.ParameterKey;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.support.Project;

/** The checks of one parameters.yaml entry, each with its exact message (ParametersTest has the file-level ones). */
class ParameterChecksTest {
    @TempDir
    Path tmp;

    private static String project() throws IOException {
        return Files.readString(Project.data().resolve("parameters.yaml"), StandardCharsets.UTF_8);
    }

    /** The problems of the project's parameters with {@code from} replaced by {@code to} (once, and it must be there). */
    private List<String> problemsWith(String from, String to) throws IOException {
        String text = project();
        assertTrue(text.contains(from), from);
        Path file = tmp.resolve("parameters.yaml");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        try {
            ProjectDataReader.parameters(file);
            return List.of();
        } catch (InputException e) {
            return e.problems().stream().map(Problem::toString).map(s -> s.replace(file.toString(), "p"))
                    .toList();
        }
    }

    private static final String RATIO = "gpu-hours.performance-ratio:\n  value: 0.27\n  type: number\n";

    private static int line(String key) throws IOException {
        List<String> lines = project().lines().toList();
        return lines.indexOf(key + ":") + 1;
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        assertEquals(List.of("p:" + line("gpu-hours.performance-ratio") + ":1: unknown field 'colour' in parameter "
                + "'gpu-hours.performance-ratio', expected: value, type, range, unit, section, reason, source, distribution"),
                problemsWith(RATIO, RATIO + "  colour: blue\n"));
    }

    @Test
    void aTypeOtherThanTheKeysIsRefused() throws IOException {
        assertEquals(List.of("p:" + line("gpu-hours.performance-ratio") + ":1: parameter 'gpu-hours.performance-ratio' "
                + "has type 'integer', expected 'number'"), problemsWith(RATIO, RATIO.replace("type: number",
                        "type: integer")));
    }

    @Test
    void everyItemOfANumberListIsInTheRangeBoundsIncluded() throws IOException {
        String lifespans = "scenario.lifespans-years:\n  value: \"1, 2, 3, 4, 5\"";
        int at = line("scenario.lifespans-years");
        assertEquals(List.of(), problemsWith(lifespans, "scenario.lifespans-years:\n  value: \"0.5, 30\""));
        assertEquals(List.of("p:" + at + ":1: parameter 'scenario.lifespans-years' has '0.4' in its list, expected numbers "
                + "separated by commas, each from 0.5 to 30"), problemsWith(lifespans,
                        "scenario.lifespans-years:\n  value: \"2, 0.4, 31\""));
        assertEquals(List.of("p:" + at + ":1: parameter 'scenario.lifespans-years' has '31' in its list, expected numbers "
                + "separated by commas, each from 0.5 to 30"), problemsWith(lifespans,
                        "scenario.lifespans-years:\n  value: \"2, 31\""));
        assertEquals(List.of("p:" + at + ":1: parameter 'scenario.lifespans-years' has 'two' in its list, expected "
                + "numbers separated by commas, each from 0.5 to 30"), problemsWith(lifespans,
                        "scenario.lifespans-years:\n  value: \"1, two\""));
    }

    @Test
    void aDistributionMustDrawInsideTheRange() throws IOException {
        String distribution = "  distribution: \"triangular(0.15, 0.27, 0.45)\"";
        assertEquals(List.of(), problemsWith(distribution, "  distribution: \"triangular(0.02, 0.27, 0.99)\""));
        List<String> wide = problemsWith(distribution, "  distribution: \"triangular(0.005, 0.27, 0.45)\"");
        assertEquals(1, wide.size(), wide.toString());
        assertTrue(wide.get(0).startsWith("p:" + line("gpu-hours.performance-ratio") + ":1: parameter "
                + "'gpu-hours.performance-ratio' has distribution 'triangular(0.005, 0.27, 0.45)', which reaches "), wide.get(0));
        assertTrue(wide.get(0).endsWith(", expected draws from 0.01 to 1"), wide.get(0));
        List<String> high = problemsWith(distribution, "  distribution: \"triangular(0.15, 0.27, 1.5)\"");
        assertTrue(high.size() == 1 && high.get(0).endsWith(", expected draws from 0.01 to 1"), high.toString());
    }

    @Test
    void aRangeIsTwoNumbersLowNotAboveHigh() {
        assertArrayEquals(new double[] {1, 1}, ProjectDataReader.range("1 to 1").orElseThrow());
        assertArrayEquals(new double[] {-2.5, 1e3}, ProjectDataReader.range(" -2.5 to 1e3 ").orElseThrow());
        assertEquals(Optional.empty(), ProjectDataReader.range("2 to 1").map(List::of));
        assertEquals(Optional.empty(), ProjectDataReader.range("a to 1").map(List::of));
        assertEquals(Optional.empty(), ProjectDataReader.range("1 to b").map(List::of));
        assertEquals(Optional.empty(), ProjectDataReader.range("1 to 2 to 3").map(List::of));
        assertEquals(Optional.empty(), ProjectDataReader.range("0x10 to 20").map(List::of));
        assertEquals(Optional.empty(), ProjectDataReader.range("").map(List::of));
    }

    @Test
    void editDistanceAndSuggestionsWithinTwoEdits() throws IOException {
        assertEquals(3, ProjectDataReader.distance("kitten", "sitting"));
        assertEquals(3, ProjectDataReader.distance("", "abc"));
        assertEquals(3, ProjectDataReader.distance("abc", ""));
        assertEquals(1, ProjectDataReader.distance("abc", "abd"));
        assertEquals(0, ProjectDataReader.distance("same", "same"));
        assertEquals(2, ProjectDataReader.distance("ab", "ba"));
        String entry = "\n%s:\n  value: 4\n  unit: years\n  section: x\n  reason: x\n  source: x\n";
        String key = ParameterKey.LIFESPAN.key();
        // Two edits away: suggested. Three: not.
        String two = key.substring(0, key.length() - 2);
        String three = key.substring(0, key.length() - 3);
        List<String> nearly = problemsWith("\nselection.start-date:", String.format(entry, two) + "\nselection.start-date:");
        assertTrue(nearly.get(0).endsWith(" (did you mean '" + key + "'?)"), nearly.get(0));
        List<String> far = problemsWith("\nselection.start-date:", String.format(entry, three) + "\nselection.start-date:");
        assertTrue(far.get(0).endsWith("unknown parameter '" + three + "', expected one of: " + String.join(", ",
                java.util.Arrays.stream(ParameterKey.values()).map(ParameterKey::key).toList())), far.get(0));
    }
}
