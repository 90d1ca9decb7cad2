package org.ameliwalkthrough.records;

/** Facts about the practice personas that are not rows in the records. */
public final class Personas {

    /**
     * Every persona's practice impots.gouv.fr password, printed on their documents page. It is
     * fictional and public on purpose; the records keep only its BCrypt hash.
     */
    public static final String PRACTICE_TAX_PASSWORD = "Impots2026!";

    private Personas() {}

    /** Message key of a persona's short story, e.g. {@code persona.emma.story}. */
    public static String storyKey(PracticePerson person) {
        return "persona." + person.slug() + ".story";
    }
}
