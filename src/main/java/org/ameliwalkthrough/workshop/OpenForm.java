package org.ameliwalkthrough.workshop;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.ameliwalkthrough.identifiers.Required;

/**
 * What the volunteer chooses: the board's language, the personas handed out, whether learners
 * choose, the size. All text, so no value, however odd, fails to bind: each is checked and explained.
 */
record OpenForm(
        @NotNull(message = "{workshop.open.language.required}")
        @Pattern(regexp = "en|fr", message = "{workshop.open.language.required}")
        String language,

        @NotNull(message = "{workshop.open.personaSet.required}")
        @Pattern(regexp = "ALL|ROUTE_1|FRANCECONNECT|BLOCKERS", message = "{workshop.open.personaSet.required}")
        String personaSet,

        String learnersChoose,

        @Required(message = "{workshop.open.size.required}")
        @Pattern(regexp = "\\s*(100|[1-9][0-9]?)\\s*", message = "{workshop.open.size.range}")
        String size) {

    static final int DEFAULT_SIZE = 40;

    static OpenForm defaults(String language) {
        return new OpenForm(
                "fr".equals(language) ? "fr" : "en", PersonaSet.ALL.name(), null, String.valueOf(DEFAULT_SIZE));
    }

    PersonaSet set() {
        return PersonaSet.valueOf(personaSet);
    }

    boolean choose() {
        return "true".equals(learnersChoose);
    }

    int limit() {
        return Integer.parseInt(size.strip());
    }
}
