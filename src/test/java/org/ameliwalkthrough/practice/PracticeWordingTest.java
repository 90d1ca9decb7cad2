package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts read right for 1 and for more, in both languages (ChoiceFormat in the bundles). */
class PracticeWordingTest {

    private final ResourceBundleMessageSource messages = bundles();

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    String fr(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    @ParameterizedTest
    @CsvSource({"practice.iban.lastSeven.wrong", "practice.serial.missing.wrong", "practice.code.code.wrong"})
    void attemptsLeft(String key) {
        assertThat(en(key, 1)).endsWith(" 1 attempt left.");
        assertThat(en(key, 2)).endsWith(" 2 attempts left.");
        assertThat(fr(key, 1)).endsWith(" 1 essai restant.");
        assertThat(fr(key, 2)).endsWith(" 2 essais restants.");
    }

    @Test
    void impotsTriesAndMinutes() {
        assertThat(en("fc.impots.wrongPassword", 1)).contains("You have 1 try left");
        assertThat(en("fc.impots.wrongPassword", 2)).contains("You have 2 tries left");
        assertThat(fr("fc.impots.wrongPassword", 1)).contains("Il vous reste 1 essai avant");
        assertThat(fr("fc.impots.wrongPassword", 2)).contains("Il vous reste 2 essais avant");
        assertThat(en("fc.impots.locked", 1, "10:15")).contains("in 1 minute,");
        assertThat(en("fc.impots.locked", 2, "10:15")).contains("in 2 minutes,");
        assertThat(fr("fc.impots.locked", 1, "10:15")).contains("dans 1 minute,");
        assertThat(fr("fc.impots.locked", 2, "10:15")).contains("dans 2 minutes,");
    }

    @ParameterizedTest
    @CsvSource({
        "identifier.nir.length, You typed 1 character:, You typed 2 characters:, Vous avez saisi 1 caractère :, Vous avez saisi 2 caractères :",
        "identifier.nif.length, You typed 1 digit:, You typed 2 digits:, Vous avez saisi 1 chiffre :, Vous avez saisi 2 chiffres :",
        "identifier.iban.length, You typed 1 character:, You typed 2 characters:, Vous avez saisi 1 caractère :, Vous avez saisi 2 caractères :",
        "identifier.postcode.length, You typed 1 digit:, You typed 2 digits:, Vous avez saisi 1 chiffre :, Vous avez saisi 2 chiffres :",
        "identifier.phone.length, You typed 1 digit:, You typed 2 digits:, Vous avez saisi 1 chiffre :, Vous avez saisi 2 chiffres :",
        "identifier.serial.length, You typed 1 digit:, You typed 2 digits:, Vous avez saisi 1 chiffre :, Vous avez saisi 2 chiffres :",
        "identifier.password.length, The password has 1 character:, The password has 2 characters:, Le mot de passe a 1 caractère :, Le mot de passe a 2 caractères :"
    })
    void typedLengths(String key, String enOne, String enTwo, String frOne, String frTwo) {
        assertThat(en(key, 1, 13, 15)).startsWith(enOne);
        assertThat(en(key, 2, 13, 15)).startsWith(enTwo);
        assertThat(fr(key, 1, 13, 15)).startsWith(frOne);
        assertThat(fr(key, 2, 13, 15)).startsWith(frTwo);
    }
}
