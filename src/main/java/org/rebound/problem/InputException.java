package org.rebound.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input from which nothing sensible can be built: a required file unreadable, a required column missing,
 * a malformed configuration. Carries every problem found, not only the first.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
