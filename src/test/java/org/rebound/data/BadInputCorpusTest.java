package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rebound.domain.NotableModel;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * Every folder of {@code src/test/resources/bad-inputs} holds an Epoch export with one kind of defect
 * ({@code models.csv}), what it is ({@code README}) and the exact messages the reader must give
 * ({@code expected.txt}, one line each).
 */
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

    @TestFactory
    Stream<DynamicTest> everyBadInputGivesItsExactMessages() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 8, "the corpus has its cases");
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            assertTrue(Files.exists(dir.resolve("README")), "each case says what it is");
            List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
            assertFalse(expected.isEmpty(), "a bad input gives at least one message");
            assertEquals(expected, messages(dir), "messages of " + dir.getFileName());
        }));
    }

    /** What the reader says of a file: fatal problems, or warnings then every row's problems. */
    static List<String> messages(Path dir) throws IOException {
        String name = "bad-inputs/" + dir.getFileName() + "/models.csv";
        List<String> lines = new ArrayList<>();
        try {
            EpochExport export = EpochReader.read(name, Files.readAllBytes(dir.resolve("models.csv")));
            export.warnings().forEach(p -> lines.add(p.toString()));
            for (NotableModel m : export.models()) {
                m.problems().forEach(p -> lines.add(p.toString()));
            }
        } catch (InputException e) {
            e.problems().stream().map(Problem::toString).forEach(lines::add);
        }
        return lines;
    }
}
