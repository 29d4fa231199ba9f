package org.rebound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/** A data file a later stage names bare ("parameters.yaml") is given with its folder; other places stay. */
class LocatedDataFileTest {
    @TempDir
    Path data;

    @Test
    void bareDataFileNamesGetTheirFolder() throws IOException {
        Files.writeString(data.resolve("parameters.yaml"), "x: 1\n");
        InputException e = new InputException(List.of(Problem.ofFile("parameters.yaml", "scenario.location is 'ZZZ'"),
                new Problem("/elsewhere/models.csv", 3, 4, "bad"), Problem.ofFile("--port", "in use")));
        assertEquals(List.of(data.resolve("parameters.yaml") + ": scenario.location is 'ZZZ'",
                "/elsewhere/models.csv:3:4: bad", "--port: in use"),
                Build.located(e, data).problems().stream().map(Object::toString).toList());
        InputException untouched = new InputException(List.of(Problem.ofFile("--port", "in use")));
        assertSame(untouched, Build.located(untouched, data));
    }
}
