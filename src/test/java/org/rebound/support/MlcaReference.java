package org.rebound.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rebound.domain.Accelerator;
import org.rebound.domain.SourceRef;

/** Reads MLCA's own tables in ../shared/data/reference (two header lines: units, then names). */
public final class MlcaReference {
    private MlcaReference() {
    }

    public static List<CSVRecord> table(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(Shared.path("data/reference/" + file), StandardCharsets.UTF_8)) {
            List<CSVRecord> all = CSVFormat.RFC4180.parse(r).getRecords();
            return new ArrayList<>(all.subList(1, all.size()));
        }
    }

    /** A row of a two-header-line MLCA table, by its 'model' column. */
    public static CSVRecord row(String file, String model) throws IOException {
        List<CSVRecord> rows = table(file);
        List<String> header = rows.get(0).toList();
        int modelColumn = header.indexOf("model");
        for (CSVRecord r : rows.subList(1, rows.size())) {
            if (r.get(modelColumn).equals(model)) {
                return r;
            }
        }
        throw new IllegalArgumentException(model + " not in " + file);
    }

    public static int column(String file, String name) throws IOException {
        return table(file).get(0).toList().indexOf(name);
    }

    /** A catalogue card with only what MLCA's GPU model uses: die area, memory, TDP. */
    public static Accelerator card(String name, double dieCm2, double memoryGb, double tdpWatts) {
        return new Accelerator("test-card", "", name, "", Optional.empty(), "", OptionalDouble.of(7),
                OptionalDouble.of(dieCm2 * 100), OptionalDouble.of(memoryGb), "", OptionalDouble.of(tdpWatts),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), "", "", "",
                "https://github.com/blubrom/MLCA", "", new SourceRef("mlca_gpu_infos.csv", 0));
    }
}
