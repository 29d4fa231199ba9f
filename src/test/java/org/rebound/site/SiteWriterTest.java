package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/** A render's failures are collated: every distinct problem once, in kind and path order, with its count. */
class SiteWriterTest {
    private static InputException template(int line) {
        return new InputException(new Problem("templates/model.html", line, 5, "unknown variable 'x'"));
    }

    @Test
    void everyDistinctProblemIsReportedOnceWithHowManyOtherPagesHadIt() {
        RuntimeException e = SiteWriter.collate(List.of(
                new SiteWriter.Failure(2, "models/b/index.html", template(12)),
                new SiteWriter.Failure(2, "models/a/index.html", template(12)),
                new SiteWriter.Failure(2, "models/c/index.html", template(12)),
                new SiteWriter.Failure(0, "index.html", template(3)),
                new SiteWriter.Failure(1, "gpus/h100/index.html", template(7))));
        assertEquals(List.of("templates/model.html:3:5: unknown variable 'x'",
                "templates/model.html:7:5: unknown variable 'x'",
                "templates/model.html:12:5: unknown variable 'x' (also on 2 other pages)"),
                ((InputException) e).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aDefectOfReboundComesFirstWithTheOthersSuppressed() {
        IllegalStateException defect = new IllegalStateException("bug");
        RuntimeException e = SiteWriter.collate(List.of(
                new SiteWriter.Failure(1, "models/a/index.html", template(12)),
                new SiteWriter.Failure(3, "gpus/h100/index.html", defect),
                new SiteWriter.Failure(0, "index.html", template(3))));
        assertSame(defect, e);
        assertEquals(2, e.getSuppressed().length);
    }
}
