package org.ameliwalkthrough.practice.steps;

import jakarta.validation.constraints.AssertTrue;

/** Screen 4: the general conditions of use (CGU) ticked. */
public record ConditionsForm(
        @AssertTrue(message = "{practice.conditions.accepted.required}")
        boolean accepted) {}
