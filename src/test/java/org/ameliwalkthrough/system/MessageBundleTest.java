package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** English and French must stay in step: same keys, no empty values, MessageFormat-safe apostrophes. */
class MessageBundleTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> fr = new TreeSet<>(load("messages_fr.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(fr);
        Set<String> onlyFr = new TreeSet<>(fr);
        onlyFr.removeAll(en);
        assertThat(onlyEn).as("keys missing from messages_fr.properties").isEmpty();
        assertThat(onlyFr).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames())
                    .as(bundle + ": keys with an empty value")
                    .filteredOn(k -> p.getProperty(k).isBlank())
                    .isEmpty();
        }
    }

    /** With arguments, MessageFormat eats a single quote: "l'{0}" would print "l{0}". */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames())
                    .as(bundle + ": messages with {n} arguments and a single ' (write '' instead)")
                    .filteredOn(k -> ARGUMENT.matcher(p.getProperty(k)).find()
                            && LONE_APOSTROPHE.matcher(p.getProperty(k)).find())
                    .isEmpty();
        }
    }

    /** Without arguments the text is used as is, so a doubled '' would show as two quotes. */
    @Test
    void messagesWithoutArgumentsKeepSingleApostrophes() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames())
                    .as(bundle + ": messages without {n} arguments that double an apostrophe")
                    .filteredOn(k -> !ARGUMENT.matcher(p.getProperty(k)).find()
                            && p.getProperty(k).contains("''"))
                    .isEmpty();
        }
    }

    @Test
    void frenchIsNotACopyOfEnglish() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        long same = en.stringPropertyNames().stream()
                .filter(k -> !k.endsWith(".real")) // the real French wording, shown in both languages on purpose
                .filter(k -> en.getProperty(k).equals(fr.getProperty(k)))
                .filter(k -> en.getProperty(k).matches(".*\\p{L}{4,}\\s+\\p{L}{4,}.*"))
                .count();
        // A few proper names and French terms are the same in both; whole sentences must not be.
        assertThat(same).as("identical multi-word messages in EN and FR").isLessThan(10);
    }
}
