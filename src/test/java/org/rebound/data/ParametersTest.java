package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.support.Project;

/**
 * parameters.yaml is strict (read from the tests' frozen data, {@link Project#data()}; the live file is checked by
 * {@code LiveDataTest}): unknown, missing or malformed entries stop the build with their line. */
class ParametersTest {
    private static final Path PROJECT = Project.data().resolve("parameters.yaml");

    @TempDir
    Path tmp;

    private List<String> problems(String yaml) throws IOException {
        Path file = tmp.resolve("parameters.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> ProjectDataReader.parameters(file));
        return e.problems().stream().map(Problem::toString).map(s -> s.replace(file.toString(), "parameters.yaml"))
                .toList();
    }

    private static String project() throws IOException {
        return Files.readString(PROJECT, StandardCharsets.UTF_8);
    }

    @Test
    void theProjectsParametersAreCompleteWithValueUnitReasonAndSource() {
        Parameters p = ProjectDataReader.parameters(PROJECT);
        assertEquals(ParameterKey.values().length, p.entries().size());
        assertEquals(0.27, p.number(ParameterKey.PERFORMANCE_RATIO));
        assertEquals("node", p.text(ParameterKey.DIE_MODEL));
        assertEquals(3.0, p.number(ParameterKey.LIFESPAN));
        assertEquals(0.5, p.number(ParameterKey.UTILIZATION));
        assertEquals(4.0, p.number(ParameterKey.SERVER_CARDS));
    }

    @Test
    void anUnknownKeyIsAnErrorWithASuggestion() throws IOException {
        String yaml = project() + "\nallocation.lifespan-yeras:\n  value: 4\n  unit: years\n  section: x\n  reason: x\n"
                + "  source: x\n";
        List<String> problems = problems(yaml);
        assertEquals(1, problems.size());
        String line = Integer.toString((int) project().lines().count() + 2);
        assertEquals("parameters.yaml:" + line + ":1: unknown parameter 'allocation.lifespan-yeras', expected one of: "
                + String.join(", ", java.util.Arrays.stream(ParameterKey.values()).map(ParameterKey::key).toList())
                + " (did you mean 'allocation.lifespan-years'?)", problems.get(0));
    }

    @Test
    void aMissingKeyAndAWrongTypeAreEachReported() throws IOException {
        String yaml = project().replace("gpu-hours.performance-ratio:\n  value: 0.27", "gpu-hours.performance-ratio:\n"
                + "  value: high").replace("use.model:\n  value: study", "use.model:\n  value: mixed");
        String withoutUtilization = yaml.replaceAll("(?s)allocation\\.utilization:.*?\\n\\n", "");
        List<String> problems = problems(withoutUtilization);
        int ratioLine = lineOf(withoutUtilization, "gpu-hours.performance-ratio:");
        int useLine = lineOf(withoutUtilization, "use.model:");
        assertEquals(List.of(
                "parameters.yaml:" + ratioLine + ":1: parameter 'gpu-hours.performance-ratio' is 'high', expected a number from 0.01 to 1",
                "parameters.yaml:" + useLine + ":1: parameter 'use.model' is 'mixed', expected one of: study, mlca",
                "parameters.yaml: missing parameter 'allocation.utilization', expected an entry with value, type, range, unit, "
                        + "section, reason and source"), problems);
    }

    @Test
    void anEntryWithoutSourceIsAnError() throws IOException {
        String yaml = project().replaceFirst("  source: \"Morand, Ligozat, Névéol 2025, arXiv:2510.09022 \\(GPU-h1 vs GPU-h2 "
                + "regression, ratio 27 %\\)\"\n", "");
        List<String> problems = problems(yaml);
        assertEquals(List.of("parameters.yaml:" + lineOf(yaml, "gpu-hours.performance-ratio:")
                + ":1: parameter 'gpu-hours.performance-ratio' has no source"), problems);
    }

    private static int lineOf(String text, String prefix) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(prefix);
    }
}
