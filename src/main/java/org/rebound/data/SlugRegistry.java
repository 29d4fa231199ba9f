package org.rebound.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rebound.domain.RegisteredSlug;

/** Writes {@code data/slugs.csv}, the registry of models' page names; the build only reads it. */
public final class SlugRegistry {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private SlugRegistry() {
    }

    /** The registry with {@code added}, sorted by slug, as CSV text. */
    public static String csv(List<RegisteredSlug> registry, List<RegisteredSlug> added) {
        List<RegisteredSlug> all = new ArrayList<>(registry);
        all.addAll(added);
        all.sort(Comparator.comparing(RegisteredSlug::slug));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(ProjectDataReader.SLUGS_COLUMNS);
            for (RegisteredSlug r : all) {
                printer.printRecord(r.slug(), r.model(), r.publicationDate().map(Object::toString).orElse(""),
                        r.registered(), r.successor().orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the registry with {@code added} into {@code dataDir}. */
    public static void write(Path dataDir, List<RegisteredSlug> registry, List<RegisteredSlug> added) throws IOException {
        Files.writeString(dataDir.resolve(ProjectDataReader.SLUGS_FILE), csv(registry, added), StandardCharsets.UTF_8);
    }
}
