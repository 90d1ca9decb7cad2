package org.ameliwalkthrough.identifiers;

import java.util.List;

/**
 * The result of checking raw input: the value object when valid, otherwise the problems.
 * {@code check} methods return this and never throw.
 */
public record Checked<T>(T value, List<Problem> problems) {

    public Checked {
        problems = List.copyOf(problems);
        if (value == null && problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one problem");
        }
    }

    public static <T> Checked<T> valid(T value) {
        return new Checked<>(value, List.of());
    }

    public static <T> Checked<T> invalid(List<Problem> problems) {
        return new Checked<>(null, problems);
    }

    public static <T> Checked<T> invalid(Problem problem) {
        return new Checked<>(null, List.of(problem));
    }

    public boolean isValid() {
        return value != null && problems.isEmpty();
    }

    /** The value, or an {@link InvalidIdentifierException} carrying the problems. */
    public T orElseThrow() {
        if (!isValid()) {
            throw new InvalidIdentifierException(problems);
        }
        return value;
    }
}
