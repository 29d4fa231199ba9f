package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rebound.domain.Parameter;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.support.Project;

/**
 * The live {@code data/} (what the build reads), as opposed to the tests' frozen copy
 * ({@code src/test/resources/data/}) the unit tests read: its parameters are complete, in their declared ranges and
 * sourced, and the frozen copy still has its files and columns. Tagged {@code live-data}: a change of the live data
 * fails these tests only when the live data are malformed or the frozen copy can no longer stand for them; they pin
 * none of the method's numbers.
 */
@Tag("live-data")
class LiveDataTest {
    @Test
    void theLiveParametersAreCompleteInRangeAndSourced() {
        // The reader refuses an unknown, missing, mistyped or out-of-range entry, and one without a source.
        Parameters live = ProjectDataReader.parameters(Project.liveData().resolve("parameters.yaml"));
        assertEquals(ParameterKey.values().length, live.entries().size());
        for (Parameter p : live.entries()) {
            assertFalse(p.source().isBlank(), p.key().key() + " has a source");
            assertFalse(p.reason().isBlank(), p.key().key() + " has a reason");
        }
    }

    @Test
    void theUnitTestsDataHasEveryLiveTableAndColumn() throws IOException {
        assertEquals(headers(Project.liveData()), headers(Project.data()),
                "the unit tests' data (src/test/resources/data/ with data/'s new tables, columns and parameters) "
                + "has the tables and columns of data/");
    }

    /** Every table of a data folder (its pinned exports and README aside), with its header line. */
    private static TreeMap<String, String> headers(Path data) throws IOException {
        TreeMap<String, String> headers = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = data.relativize(p).toString().replace('\\', '/');
                if (name.startsWith("epoch/") || name.equals("README.md")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                // The columns as a set: the unit tests' copy adds a new live column after its own.
                headers.put(name, name.endsWith(".csv") ? new java.util.TreeSet<>(List.of(lines.get(0).split(",")))
                        .toString() : "");
            }
        }
        assertTrue(headers.containsKey("parameters.yaml"), headers.keySet().toString());
        return headers;
    }
}
