package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rebound.estimate.Assumptions;
import org.rebound.report.Report;

/**
 * Records a reader can hold: no view record of the site, no record of the report and no part of the estimation's
 * {@link Assumptions} has more than {@value #MAX_COMPONENTS} components. A wider one is nested by what its parts
 * are about (a page's sections, for a view), so that a template expression such as {@code v.card.tdpWatts} says
 * where it is. The records are found in the compiled classes, nested ones included, so a new record is held to it
 * without being listed.
 */
class RecordWidthTest {
    /** The most components a record may have: about what a reader takes in at once. */
    static final int MAX_COMPONENTS = 12;

    @Test
    void noRecordOfTheSiteTheReportOrTheAssumptionsIsWiderThanTwelve() throws Exception {
        List<Class<?>> records = new ArrayList<>();
        records.addAll(recordsOfPackage(Layout.class));
        records.addAll(recordsOfPackage(Report.class));
        records.addAll(recordsNestedIn(Assumptions.class));
        // The scan found the packages' records, not an empty folder: the widest views are among them.
        assertTrue(records.contains(Layout.class) && records.contains(Report.class)
                && records.contains(Assumptions.class), "records found: " + records);
        List<String> wide = records.stream().filter(c -> c.getRecordComponents().length > MAX_COMPONENTS)
                .map(c -> c.getName() + " (" + c.getRecordComponents().length + " components)").sorted().toList();
        assertEquals(List.of(), wide, "records wider than " + MAX_COMPONENTS + " components: nest them by what "
                + "their parts are about (a page's sections)");
    }

    /** Every record among the compiled classes of {@code member}'s package, nested ones included. */
    private static List<Class<?>> recordsOfPackage(Class<?> member) throws IOException, URISyntaxException {
        Path folder = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(member.getPackageName().replace('.', '/'));
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
                Class<?> type = load(member.getPackageName() + "." + simple);
                if (type != null && type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    /** {@code type} and the records nested in it, at any depth. */
    private static List<Class<?>> recordsNestedIn(Class<?> type) {
        List<Class<?>> records = new ArrayList<>();
        if (type.isRecord()) {
            records.add(type);
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            records.addAll(recordsNestedIn(nested));
        }
        return records;
    }

    /** The class of a binary name, or null for a class that is not loaded by name (a lambda's, say). */
    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RecordWidthTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
