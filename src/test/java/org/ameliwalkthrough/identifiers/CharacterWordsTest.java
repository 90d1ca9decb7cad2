package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A space or an invisible character is named in words, in the user's language, never as U+0020. */
class CharacterWordsTest {

    private final IdentifierMessages messages = IdentifierMessages.standalone();

    String en(Checked<?> checked) {
        return messages.message(characterProblem(checked), Locale.ENGLISH);
    }

    String fr(Checked<?> checked) {
        return messages.message(characterProblem(checked), Locale.FRENCH);
    }

    static Problem characterProblem(Checked<?> checked) {
        return checked.problems().stream()
                .filter(p -> p.code().endsWith("character"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSpaceInAnEmailAddress() {
        Checked<EmailAddress> spaced = EmailAddress.check("emma clarke@example.org");
        assertThat(en(spaced)).contains("Character 5 is a space,").doesNotContain("U+");
        assertThat(fr(spaced)).contains("Le caractère 5 est un espace,").doesNotContain("U+");
    }

    @Test
    void aNoBreakSpaceAndAnInvisibleCharacter() {
        Checked<EmailAddress> nbsp = EmailAddress.check("emma\u00a0clarke@example.org");
        assertThat(en(nbsp)).contains("a non-breaking space").doesNotContain("U+");
        assertThat(fr(nbsp)).contains("un espace insécable").doesNotContain("U+");
        Checked<Nir> bell = Nir.check("18505780060\u000784");
        assertThat(en(bell)).contains("Character 12 is an invisible character,").doesNotContain("U+");
        assertThat(fr(bell)).contains("Le caractère 12 est un caractère invisible,");
    }

    @Test
    void aVisibleCharacterIsQuotedAsBefore() {
        Checked<Nir> letter = Nir.check("1850578006X84");
        assertThat(en(letter)).contains("Character 11 is “X”,");
        assertThat(fr(letter)).contains("Le caractère 11 est « X »,");
    }

    @Test
    void aSpaceInAPassword() {
        Checked<AmeliPassword> password = AmeliPassword.check("Practicé 1#a");
        assertThat(en(password)).contains("These characters are not accepted: “é”, a space, “#”.");
        assertThat(fr(password)).contains("Ces caractères ne sont pas acceptés : « é », un espace, « # ».");
    }
}
