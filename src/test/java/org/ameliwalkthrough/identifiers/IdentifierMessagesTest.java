package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdentifierMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/ameliwalkthrough/identifiers");
    private static final Pattern LITERAL_CODE = Pattern.compile("Problem\\.of\\(\\s*\"([a-z]+\\.[a-z0-9-]+)\"");
    /** Codes not written as a literal inside {@code Problem.of(…)} (built by {@code Digits}, or chosen in {@code IbanRules}). */
    private static final Set<String> BUILT_CODES = Set.of(
            "iban.structure-digit",
            "iban.structure-letter",
            "nif.character",
            "nif.length",
            "postcode.character",
            "postcode.length",
            "serial.character",
            "serial.length",
            "iban.character",
            "phone.character");

    private final IdentifierMessages messages = IdentifierMessages.standalone();

    static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>(BUILT_CODES);
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher m = LITERAL_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = IdentifierMessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyReasonCodeHasAnEnglishAndAFrenchMessage() throws IOException {
        Set<String> codes = codesInSources();
        assertThat(codes).hasSizeGreaterThan(60).contains("nir.length", "iban.rib-key", "phone.not-mobile");
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties p = bundle(bundle);
            assertThat(codes)
                    .as(bundle + ": reason codes without a message")
                    .filteredOn(code -> !p.containsKey("identifier." + code))
                    .isEmpty();
        }
    }

    /** Without arguments Spring skips MessageFormat, so '' would show as two quotes. */
    @Test
    void messagesWithoutArgumentsUseSingleApostrophes() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties p = bundle(bundle);
            assertThat(p.stringPropertyNames())
                    .as(bundle)
                    .filteredOn(k -> k.startsWith("identifier."))
                    .filteredOn(k -> !p.getProperty(k).matches("(?s).*\\{\\d.*")
                            && p.getProperty(k).contains("''"))
                    .isEmpty();
        }
    }

    @Test
    void lengthMessageSaysHowManyWereTypedAndExpected() {
        Problem problem = Nir.check("12345678").problems().get(0);
        assertThat(messages.message(problem, Locale.ENGLISH))
                .startsWith("You typed 8 characters")
                .contains("13", "15");
        assertThat(messages.message(problem, Locale.FRENCH))
                .startsWith("Vous avez saisi 8 caractères")
                .contains("13", "15");
    }

    @Test
    void characterMessageNamesTheCharacterAndItsPosition() {
        Problem problem = NumeroFiscal.check("302321760O053").problems().get(0);
        assertThat(messages.message(problem, Locale.ENGLISH)).startsWith("Character 10 is “O”");
        assertThat(messages.message(problem, Locale.FRENCH)).startsWith("Le caractère 10 est « O »");
    }

    @Test
    void temporaryNumberSaysWhatToDo() {
        Problem problem = Nir.check("8 84 05 88 321 025 23").problems().get(0);
        assertThat(messages.message(problem, Locale.ENGLISH)).contains("temporary", "permanent", "CPAM");
        assertThat(messages.message(problem, Locale.FRENCH)).contains("provisoire", "définitif", "CPAM");
    }

    @Test
    void keyMessageExplainsTheKey() {
        Problem problem = Nir.check("223115935012321").problems().get(0);
        assertThat(messages.message(problem, Locale.ENGLISH)).contains("(the key, 21)", "first 13", "carte Vitale");
        assertThat(messages.message(problem, Locale.FRENCH)).contains("(la clé, 21)", "13 premiers", "carte Vitale");
    }

    @Test
    void apostrophesSurviveMessageFormat() {
        Problem problem =
                Iban.checkFrenchOrMonaco("ES9121000418450200051332").problems().get(0);
        assertThat(messages.message(problem, Locale.FRENCH)).contains("C'est un IBAN du pays ES", "l'entraînement");
        assertThat(messages.message(Problem.of("phone.not-mobile"), Locale.FRENCH))
                .startsWith("Ce n'est pas");
    }

    @Test
    void passwordCriteriaHaveLabels() {
        assertThat(messages.criterion(AmeliPassword.Criterion.LENGTH, Locale.ENGLISH))
                .isEqualTo("Between 8 and 50 characters");
        assertThat(messages.criterion(AmeliPassword.Criterion.DIGIT_OR_SPECIAL, Locale.FRENCH))
                .endsWith(AmeliPassword.SPECIALS);
    }
}
