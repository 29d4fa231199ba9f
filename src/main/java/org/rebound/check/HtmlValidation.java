package org.rebound.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.rebound.problem.Problem;
import org.xml.sax.SAXException;

/**
 * Validates pages with the Nu Html Checker, in-process. Every error becomes a problem with its
 * {@code file:line:column}; warnings are not reported.
 */
final class HtmlValidation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /**
     * Stack of each validating thread. Loading the checker's RELAX NG schema recurses deeply: on a default
     * thread stack it overflows on some JVM settings (seen with the Nu validator 26 and C1-only compilation).
     */
    private static final long VALIDATOR_STACK_BYTES = 256L * 1024 * 1024;
    /**
     * The largest page the checker validates: its report of a larger one outgrows what the JSON reader takes (a
     * 60 MB page ran for ten minutes, then failed); Rebound's largest page is about a megabyte.
     */
    static final long MAX_PAGE_BYTES = 16L * 1024 * 1024;
    /** How many of one page's HTML errors are listed; the rest are counted in one more line. */
    static final int PROBLEMS_PER_PAGE = 20;

    private HtmlValidation() {
    }

    static List<Problem> validate(Path root, List<Path> pages) {
        List<List<Problem>> perThread = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            perThread.add(new ArrayList<>());
        }
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            Thread thread = new Thread(null, () -> {
                try {
                    EmbeddedValidator validator = new EmbeddedValidator();
                    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
                    for (int i = first; i < pages.size(); i += THREADS) {
                        perThread.get(first).addAll(validate(validator, root, pages.get(i)));
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "html-validation-" + t, VALIDATOR_STACK_BYTES);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating pages", e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        List<Problem> problems = new ArrayList<>();
        perThread.forEach(problems::addAll);
        problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingLong(Problem::line)
                .thenComparingInt(Problem::column));
        return problems;
    }

    private static List<Problem> validate(EmbeddedValidator validator, Path root, Path page) {
        String name = root.relativize(page).toString();
        List<Problem> problems = new ArrayList<>();
        try {
            long bytes = java.nio.file.Files.size(page);
            if (bytes > MAX_PAGE_BYTES) {
                return List.of(Problem.ofFile(name, "the page is " + org.rebound.domain.Num.count(bytes) + " bytes, "
                        + "expected at most " + org.rebound.domain.Num.count(MAX_PAGE_BYTES) + " for the HTML checker: "
                        + "not validated"));
            }
            JsonNode result = JSON.readTree(validator.validate(page));
            for (JsonNode m : result.path("messages")) {
                String type = m.path("type").asText();
                if (type.equals("error") || type.equals("non-document-error")) {
                    problems.add(new Problem(name, m.path("lastLine").asLong(0), m.path("lastColumn").asInt(0),
                            "HTML: " + m.path("message").asText()));
                }
            }
        } catch (IOException | SAXException e) {
            problems.add(Problem.ofFile(name, "the HTML checker could not read the page: "
                    + Problem.firstLine(String.valueOf(e.getMessage()))));
        }
        return capped(name, problems);
    }

    /** The first {@link #PROBLEMS_PER_PAGE} of a page's problems, and a line counting the rest. */
    static List<Problem> capped(String name, List<Problem> problems) {
        if (problems.size() <= PROBLEMS_PER_PAGE) {
            return problems;
        }
        List<Problem> shown = new ArrayList<>(problems.subList(0, PROBLEMS_PER_PAGE));
        shown.add(Problem.ofFile(name, "HTML: " + org.rebound.domain.Num.count(problems.size() - PROBLEMS_PER_PAGE)
                + " more errors on this page, " + org.rebound.domain.Num.count(problems.size()) + " in all (the first "
                + PROBLEMS_PER_PAGE + " are listed)"));
        return shown;
    }
}
