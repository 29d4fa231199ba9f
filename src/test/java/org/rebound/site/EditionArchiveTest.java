package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.problem.Problem;

/** A published edition's MANIFEST: written as sha256sum prints it, and checked file by file. */
class EditionArchiveTest {
    @TempDir
    Path tmp;

    private Path edition() throws IOException {
        Path e = tmp.resolve("2026");
        Files.createDirectories(e.resolve("models/gpt-3"));
        Files.writeString(e.resolve("index.html"), "<p>report</p>", StandardCharsets.UTF_8);
        Files.writeString(e.resolve("models/gpt-3/index.html"), "abc", StandardCharsets.UTF_8);
        Files.writeString(e.resolve(SiteOutput.MARKER), "marker", StandardCharsets.UTF_8);
        Files.writeString(e.resolve("MANIFEST"), EditionArchive.manifest(e), StandardCharsets.UTF_8);
        return e;
    }

    @Test
    void theManifestListsEveryFileButItselfAndTheMarkerWithItsSha256() throws IOException {
        Path e = edition();
        // sha256("abc") is the standard test vector of FIPS 180-2.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  models/gpt-3/index.html\n",
                Files.readAllLines(e.resolve("MANIFEST")).get(1) + "\n");
        assertEquals(2, Files.readAllLines(e.resolve("MANIFEST")).size());
        assertEquals(List.of(), EditionArchive.verify(e));
    }

    @Test
    void aChangedMissingOrAddedFileIsReported() throws IOException {
        Path e = edition();
        Files.writeString(e.resolve("models/gpt-3/index.html"), "abd", StandardCharsets.UTF_8);
        Files.delete(e.resolve("index.html"));
        Files.writeString(e.resolve("extra.txt"), "x", StandardCharsets.UTF_8);
        assertEquals(List.of(
                e.resolve("index.html") + ": missing, expected the file the edition's MANIFEST lists",
                e.resolve("models/gpt-3/index.html") + ": sha256 is "
                        + "a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9, expected "
                        + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad as the edition's MANIFEST "
                        + "says: a published edition never changes",
                e.resolve("extra.txt") + ": not in the edition's MANIFEST, expected only the files it was published "
                        + "with"), EditionArchive.verify(e).stream().map(Problem::toString).toList());
    }

    @Test
    void aBadManifestLineIsPlaced() throws IOException {
        Path e = edition();
        Files.writeString(e.resolve("MANIFEST"), "not a line\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(e.resolve("MANIFEST") + ":3:1: found 'not a line', expected a sha256 in hex, two spaces and a "
                + "file's path", EditionArchive.verify(e).get(0).toString());
    }

    @Test
    void anEditionWithoutManifestHasNothingToCheck() throws IOException {
        Path e = edition();
        Files.delete(e.resolve("MANIFEST"));
        assertEquals(List.of(), EditionArchive.verify(e));
    }
}
