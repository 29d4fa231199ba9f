package org.rebound.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.problem.Problem;

/** The checker says a page is too large instead of failing on it, and counts a page's flood of errors. */
class HtmlValidationLimitsTest {

    @Test
    void aPageLargerThanTheCapIsReportedNotValidated(@TempDir Path root) throws IOException {
        Path page = root.resolve("big.html");
        try (var out = Files.newOutputStream(page)) {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (long written = 0; written <= HtmlValidation.MAX_PAGE_BYTES; written += chunk.length) {
                out.write(chunk);
            }
        }
        List<Problem> problems = HtmlValidation.validate(root, List.of(page));
        assertEquals(List.of("big.html: the page is 17,825,792 bytes, expected at most 16,777,216 for the HTML checker: "
                + "not validated"), problems.stream().map(Object::toString).toList());
    }

    @Test
    void aPagesFloodOfErrorsListsTheFirstAndCountsTheRest() {
        List<Problem> many = new ArrayList<>();
        for (int i = 1; i <= 49_490; i++) {
            many.add(new Problem("deep.html", i, 1, "HTML: Stray end tag"));
        }
        List<Problem> shown = HtmlValidation.capped("deep.html", many);
        assertEquals(HtmlValidation.PROBLEMS_PER_PAGE + 1, shown.size());
        assertEquals("deep.html: HTML: 49,470 more errors on this page, 49,490 in all (the first 20 are listed)",
                shown.get(shown.size() - 1).toString());
        assertEquals(many.subList(0, 3), HtmlValidation.capped("deep.html", many.subList(0, 3)));
    }
}
