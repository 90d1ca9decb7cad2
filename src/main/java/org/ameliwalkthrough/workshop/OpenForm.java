package org.ameliwalkthrough.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What the volunteer chooses: the board's language, the personas handed out, whether learners choose, the size. */
record OpenForm(
        @NotNull(message = "{workshop.open.language.required}")
        @Pattern(regexp = "en|fr", message = "{workshop.open.language.required}")
        String language,

        @NotNull(message = "{workshop.open.personaSet.required}")
        PersonaSet personaSet,

        Boolean learnersChoose,

        @NotNull(message = "{workshop.open.size.required}")
        @Min(value = 1, message = "{workshop.open.size.range}")
        @Max(value = 100, message = "{workshop.open.size.range}")
        Integer size) {

    static final int DEFAULT_SIZE = 40;

    boolean choose() {
        return Boolean.TRUE.equals(learnersChoose);
    }

    static OpenForm defaults(String language) {
        return new OpenForm(language, PersonaSet.ALL, false, DEFAULT_SIZE);
    }
}
