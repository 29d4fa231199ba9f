package org.rebound.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rebound.MainAccess;
import org.rebound.support.Trees;

/**
 * The corpus of bad builds: every folder of {@code src/test/resources/bad-builds} is one defect of what a build reads —
 * the Epoch export ({@code models.csv}, else the fixture), the project's data ({@code replace}: blocks of
 * {@code file:}, {@code find:}, {@code with:} applied to a copy of the tests' frozen data, {@code src/test/resources/data/}, {@code \n} for a line break) or
 * the command line ({@code args}, one per line; {@code @FOREIGN} is a folder holding someone else's file,
 * {@code @FILE} a plain file, {@code @FILE/x} a path through it, {@code @EDITION} a published edition's frozen copy). {@code expected.txt} is what {@code rebound build} must say: {@code exit N}, then every
 * line it prints that starts with {@code error:}, {@code warning:}, {@code internal error:}, {@code Estimated},
 * {@code Excluded} (and its indented counts) or {@code Nothing}, output before errors, the temporary folder written
 * {@code <tmp>}.
 *
 * <p>{@code -Dcorpus.update=true} rewrites every expected.txt from what the build says (then read the diff).
 */
class BadBuildCorpusIT {
    private static final Path CORPUS = Path.of("src/test/resources/bad-builds");
    private static final Path FIXTURE = Path.of("src/test/resources/fixture/models.csv");
    private static final boolean UPDATE = Boolean.getBoolean("corpus.update");
    /** The corpus must hold at least this many cases (issue 10). */
    private static final int AT_LEAST = 80;

    @TestFactory
    Stream<DynamicTest> everyBadBuildSaysExactlyWhatIsWrong() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= AT_LEAST, cases.size() + " cases");
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            assertTrue(Files.exists(dir.resolve("README")), "each case says what it is");
            List<String> said = build(dir);
            Path expected = dir.resolve("expected.txt");
            if (UPDATE) {
                Files.write(expected, said, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readAllLines(expected, StandardCharsets.UTF_8), said, dir.getFileName().toString());
        }));
    }

    /** What {@code rebound build} says of one case. */
    static List<String> build(Path dir) throws IOException {
        Path tmp = Files.createTempDirectory("rebound-corpus");
        try {
            Path data = tmp.resolve("data");
            // Every case gives --models: the edition's pinned exports (data/epoch/) are not read.
            Trees.copy(org.rebound.support.Project.data(), data, p -> !p.startsWith("README.md"));
            if (Files.exists(dir.resolve("replace"))) {
                replace(dir.resolve("replace"), data);
            }
            List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--content", "content",
                    "--templates", "templates", "--changelog", "CHANGES.md"));
            List<String> extra = Files.exists(dir.resolve("args")) ? Files.readAllLines(dir.resolve("args")) : List.of();
            if (!extra.contains("--models")) {
                Path models = dir.resolve("models.csv");
                args.addAll(List.of("--models", (Files.exists(models) ? models : FIXTURE).toString()));
            }
            if (!extra.contains("--out")) {
                args.addAll(List.of("--out", tmp.resolve("site").toString()));
            }
            for (String a : extra) {
                args.add(special(a, tmp));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                exit = MainAccess.run(o, e, args.toArray(new String[0]));
            }
            List<String> said = new ArrayList<>(List.of("exit " + exit));
            for (ByteArrayOutputStream stream : List.of(out, err)) {
                for (String line : stream.toString(StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("error:") || line.startsWith("warning:") || line.startsWith("internal error:")
                            || line.startsWith("Estimated") || line.startsWith("Excluded") || line.startsWith("   ")
                            || line.startsWith("Nothing")) {
                        said.add(line.replace(tmp.toString(), "<tmp>"));
                    }
                }
            }
            return said;
        } finally {
            Trees.delete(tmp);
        }
    }

    /** {@code @FOREIGN}: a folder with someone else's file; {@code @FILE}: a plain file; else the argument. */
    private static String special(String arg, Path tmp) throws IOException {
        switch (arg) {
            case "@FOREIGN" -> {
                Path foreign = Files.createDirectories(tmp.resolve("someone-elses"));
                Files.writeString(foreign.resolve("thesis.tex"), "\\documentclass{article}\n");
                return foreign.toString();
            }
            case "@FILE" -> {
                Path file = tmp.resolve("a-file.txt");
                Files.writeString(file, "not a folder\n");
                return file.toString();
            }
            case "@EDITION" -> {
                Path edition = Files.createDirectories(tmp.resolve("editions/2025"));
                Files.writeString(edition.resolve(org.rebound.site.SiteOutput.MARKER), "");
                Files.writeString(edition.resolve(org.rebound.site.SiteOutput.EDITION_MARKER), "");
                return edition.toString();
            }
            default -> {
                if (arg.startsWith("@FILE/")) {
                    return special("@FILE", tmp) + arg.substring("@FILE".length());
                }
                return arg;
            }
        }
    }

    /** Applies every {@code file: / find: / with:} block; each find must occur in its file. */
    private static void replace(Path blocks, Path data) throws IOException {
        String file = null;
        String find = null;
        for (String line : Files.readAllLines(blocks, StandardCharsets.UTF_8)) {
            if (line.startsWith("file: ")) {
                file = line.substring("file: ".length());
            } else if (line.startsWith("find: ")) {
                find = unescape(line.substring("find: ".length()));
            } else if (line.startsWith("with: ")) {
                Path target = data.resolve(file);
                String text = Files.readString(target, StandardCharsets.UTF_8);
                String normalised = text.replace("\r\n", "\n");
                boolean crlf = !normalised.equals(text);
                assertTrue(normalised.contains(find), file + " holds what the case replaces: " + find);
                String result = normalised.replace(find, unescape(line.substring("with: ".length())));
                Files.writeString(target, crlf ? result.replace("\n", "\r\n") : result, StandardCharsets.UTF_8);
            }
        }
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }


}
