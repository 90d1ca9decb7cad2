package org.ameliwalkthrough.identifiers;

import java.util.List;

/** Thrown by {@code parse}. Its message lists reason codes only, never the typed value. */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    public InvalidIdentifierException(List<Problem> problems) {
        super("invalid identifier: " + problems.stream().map(Problem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
