package org.rebound.support;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The project's own folders, relative to the project folder (the tests' working directory). */
public final class Project {
    /** The frozen copy of the project's tables that the unit tests read. */
    static final Path FROZEN = Path.of("src/test/resources/data");
    /** A top-level entry of parameters.yaml: its key line, then its indented lines. */
    private static final Pattern ENTRY = Pattern.compile("(?m)^([a-z0-9][a-z0-9.-]*):\\s*\\n(?:[ \\t]+.*\\n?|\\s*\\n)*");
    private static Path data;

    private Project() {
    }

    /**
     * The unit tests' data folder: the frozen copy of the project's tables ({@code src/test/resources/data/}, see the
     * README there) with the live folder's new shape and none of its new values, so that the numbers a unit test pins
     * move only when the test's own copy does, while a new parameter, table or column added to {@code data/} reaches
     * the tests without being copied by hand. Made once per test JVM in a temporary folder:
     * <ul>
     *   <li>every frozen file as it is, and every live file the copy lacks;</li>
     *   <li>{@code parameters.yaml}: each frozen entry, and each live entry whose key the copy lacks;</li>
     *   <li>a CSV table whose live header has columns the copy lacks: those columns added, each frozen row taking
     *       the live row's values by its key (the first column, with the second when the first repeats).</li>
     * </ul>
     */
    public static synchronized Path data() {
        if (data == null) {
            try {
                Path tmp = Files.createTempDirectory("rebound-test-data-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        Trees.delete(tmp);
                    } catch (IOException e) {
                        // a temporary folder left behind
                    }
                }));
                Path copy = tmp.resolve("data");
                Trees.copy(FROZEN, copy);
                Path live = liveData();
                try (Stream<Path> files = Files.walk(live)) {
                    for (Path p : files.filter(Files::isRegularFile).toList()) {
                        Path relative = live.relativize(p);
                        if (relative.startsWith("epoch")) {
                            continue; // the pinned exports: read from data/epoch/, checked by their sha256
                        }
                        Path target = copy.resolve(relative.toString());
                        if (!Files.exists(target)) {
                            Files.createDirectories(target.getParent());
                            Files.copy(p, target);
                        } else if (relative.toString().equals("parameters.yaml")) {
                            Files.writeString(target, withNewEntries(Files.readString(target), Files.readString(p)));
                        } else if (relative.toString().endsWith(".csv")) {
                            withNewColumns(target, p);
                        }
                    }
                }
                data = copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    /** The frozen parameters, and after them each live entry whose key they lack. */
    static String withNewEntries(String frozen, String live) {
        Map<String, String> frozenEntries = entries(frozen);
        StringBuilder out = new StringBuilder(frozen);
        entries(live).forEach((key, text) -> {
            if (!frozenEntries.containsKey(key)) {
                out.append(out.toString().endsWith("\n\n") ? "" : out.toString().endsWith("\n") ? "\n" : "\n\n")
                        .append(text.endsWith("\n") ? text : text + "\n");
            }
        });
        return out.toString();
    }

    private static Map<String, String> entries(String yaml) {
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher m = ENTRY.matcher(yaml);
        while (m.find()) {
            entries.put(m.group(1), m.group());
        }
        return entries;
    }

    /** Adds to the frozen table the live columns it lacks, each row taking the live row's values by its key. */
    private static void withNewColumns(Path frozenFile, Path liveFile) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<String> frozenHeader;
        List<CSVRecord> frozenRows;
        try (CSVParser parser = CSVParser.parse(frozenFile, StandardCharsets.UTF_8, format)) {
            frozenHeader = parser.getHeaderNames();
            frozenRows = parser.getRecords();
        }
        List<String> liveHeader;
        List<CSVRecord> liveRows;
        try (CSVParser parser = CSVParser.parse(liveFile, StandardCharsets.UTF_8, format)) {
            liveHeader = parser.getHeaderNames();
            liveRows = parser.getRecords();
        }
        List<String> added = liveHeader.stream().filter(c -> !frozenHeader.contains(c)).toList();
        if (added.isEmpty() || frozenHeader.isEmpty() || !liveHeader.contains(frozenHeader.get(0))) {
            return;
        }
        String first = frozenHeader.get(0);
        boolean unique = liveRows.stream().map(r -> r.get(first)).distinct().count() == liveRows.size();
        Map<String, CSVRecord> byKey = new HashMap<>();
        for (CSVRecord r : liveRows) {
            byKey.put(key(r, first, unique ? null : frozenHeader.get(1)), r);
        }
        List<String> header = new ArrayList<>(frozenHeader);
        header.addAll(added);
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n").get().print(text)) {
            for (CSVRecord r : frozenRows) {
                List<String> values = new ArrayList<>(r.toList());
                CSVRecord match = byKey.get(key(r, first, unique ? null : frozenHeader.get(1)));
                for (String c : added) {
                    values.add(match == null ? "" : match.get(c));
                }
                printer.printRecord(values);
            }
        }
        Files.writeString(frozenFile, text.toString(), StandardCharsets.UTF_8);
    }

    private static String key(CSVRecord r, String first, String second) {
        return second == null ? r.get(first) : r.get(first) + "\u0000" + (r.isMapped(second) ? r.get(second) : "");
    }

    /**
     * The project's live data folder, {@code data/}: what the build reads. Only the tests tagged {@code live-data}
     * (and the integration tests) read it: they check the live tables themselves, not numbers derived from them.
     */
    public static Path liveData() {
        return Path.of("data");
    }
}
