package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The French bundle's grammar: elision whatever the name, and the tense of time gone by. */
class FrenchGrammarTest {

    private final ResourceBundleMessageSource messages = PracticeWordingTest.bundles();

    String fr(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    @Test
    void frenchReadsRightBeforeAVowelAndInTheRightTense() {
        assertThat(fr("practice.start.choose", "Emma"))
                .isEqualTo("S'entraîner en incarnant Emma")
                .doesNotContain("que Emma")
                .contains("Emma");
        assertThat(fr("practice.start.choose", "David")).contains("David");
        assertThat(messages.getMessage("mailbox.wait", null, Locale.FRENCH))
                .isEqualTo("Faire comme si 8 jours s'étaient écoulés");
        assertThat(messages.getMessage("practice.linkExpired.text", null, Locale.FRENCH))
                .startsWith("Plus de 7 jours se sont écoulés depuis");
    }
}
