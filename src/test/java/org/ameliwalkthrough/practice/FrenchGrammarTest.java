package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

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

    /**
     * Every French message that takes a name reads right whether the name starts with a vowel or not:
     * no "de Emma", "que Amina" (French elides: "d'Emma"). Messages are worded so that no elision is
     * needed ("appartenant à Emma", "en incarnant Amina"), which holds for any persona name.
     */
    @Test
    void noFrenchMessageNeedsAnElisionBeforeAPersonasName() throws Exception {
        Properties fr = new Properties();
        try (var in = new InputStreamReader(
                new ClassPathResource("messages_fr.properties").getInputStream(), StandardCharsets.UTF_8)) {
            fr.load(in);
        }
        Pattern missingElision =
                Pattern.compile("(?i)\\b(de|que|le|la|ne|jusque|lorsque|puisque) (Emma|Amina|Olivia)\\b");
        int checked = 0;
        for (String key : fr.stringPropertyNames()) {
            String value = fr.getProperty(key);
            for (String name : new String[] {"Emma", "Amina", "Olivia"}) {
                String text;
                try {
                    text = new MessageFormat(value, Locale.FRENCH)
                            .format(new Object[] {name, "1", "2"}); // the name is always {0}
                } catch (IllegalArgumentException notANameMessage) {
                    continue; // a {0,choice} or {0,number} argument: a count, not a name
                }
                if (value.contains("{0}")) {
                    checked++;
                }
                assertThat(missingElision.matcher(text).find())
                        .as(key + ": " + text)
                        .isFalse();
            }
        }
        assertThat(checked).as("messages with a name argument were checked").isGreaterThan(10);
    }
}
