package org.ameliwalkthrough.identifiers;

import static org.ameliwalkthrough.identifiers.IdentifierKind.CARTE_VITALE_SERIAL;
import static org.ameliwalkthrough.identifiers.IdentifierKind.EMAIL;
import static org.ameliwalkthrough.identifiers.IdentifierKind.FRENCH_OR_MONACO_IBAN;
import static org.ameliwalkthrough.identifiers.IdentifierKind.MOBILE_PHONE;
import static org.ameliwalkthrough.identifiers.IdentifierKind.NIR;
import static org.ameliwalkthrough.identifiers.IdentifierKind.NUMERO_FISCAL;
import static org.ameliwalkthrough.identifiers.IdentifierKind.PASSWORD;
import static org.ameliwalkthrough.identifiers.IdentifierKind.PHONE;
import static org.ameliwalkthrough.identifiers.IdentifierKind.POSTCODE;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The constraints through plain Hibernate Validator (no Spring): no-arg validators, same bundles. */
class ConstraintsTest {

    record Form(
            @ValidIdentifier(NIR) String nir,
            @ValidIdentifier(NUMERO_FISCAL) String nif,
            @ValidIdentifier(FRENCH_OR_MONACO_IBAN) String iban,
            @ValidIdentifier(POSTCODE) String postcode,
            @ValidIdentifier(MOBILE_PHONE) String mobile,
            @ValidIdentifier(PHONE) String phone,
            @ValidIdentifier(EMAIL) String email,
            @ValidIdentifier(PASSWORD) String password,
            @ValidIdentifier(CARTE_VITALE_SERIAL) String serial) {}

    /** Required fields as the practice forms declare them. */
    record RequiredForm(
            @Required(message = "{practice.contact.email.required}") @ValidIdentifier(EMAIL)
            String email,

            @Required(message = "{practice.contact.phone.required}") @ValidIdentifier(MOBILE_PHONE)
            String phone,

            @Required(message = "{practice.identity.nir.required}") @ValidIdentifier(NIR)
            String nir) {}

    /** Made only of what Java's trim(), strip() and {@code @NotBlank} do not all see as blank. */
    private static final List<String> BLANK_LOOKING =
            List.of("\u00A0", "\u202F", "\uFEFF", "\u200B", "\u00A0\u200B\u202F\uFEFF", " \u00A0 ");

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final Validator validator = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private List<String> messages(Object form, String property) {
        return validator.validate(form).stream()
                .filter(v -> v.getPropertyPath().toString().equals(property))
                .map(ConstraintViolation::getMessage)
                .sorted()
                .toList();
    }

    private static Form valid() {
        return new Form(
                "1 85 05 78 006 084 91",
                "30 23 217 600 053",
                "FR76 3000 6000 0112 3456 7890 189",
                "75008",
                "06 12 34 56 78",
                "01 47 37 62 24",
                "jane@example.fr",
                "Printemps2024",
                "12345678901");
    }

    @Test
    void validAndBlankValuesPass() {
        assertThat(validator.validate(valid())).isEmpty();
        assertThat(validator.validate(new Form(null, "", " ", "\u00a0", null, null, "", "", null)))
                .isEmpty();
    }

    @Test
    void eachProblemBecomesItsOwnTeachingMessage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Form form =
                new Form("12345678", null, "ES9121000418450200051332", null, "01 47 37 62 24", null, null, "abc", null);
        assertThat(messages(form, "nir"))
                .containsExactly(
                        "You typed 8 characters: the social security number has 13 (without the key, as ameli asks) or 15"
                                + " (with the 2-digit key, as on your carte Vitale). For example 1 85 05 78 006 084.");
        assertThat(messages(form, "iban")).singleElement().asString().startsWith("This is an IBAN from ES.");
        assertThat(messages(form, "mobile")).singleElement().asString().startsWith("This is not a mobile number.");
        assertThat(messages(form, "password")).hasSize(3);
    }

    @Test
    void followsTheRequestLanguage() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        Form form = new Form("8 84 05 88 321 025 23", null, null, "96000", null, null, null, null, null);
        assertThat(messages(form, "nir")).singleElement().asString().startsWith("Un numéro commençant par 8");
        assertThat(messages(form, "postcode")).singleElement().asString().startsWith("Aucun code postal");
    }

    @Test
    void bracesAndDollarsInTheTextAreNotPlaceholders() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Form form = new Form("18{0}${x}\\12345", null, null, null, null, null, null, null, null);
        assertThat(messages(form, "nir")).anySatisfy(m -> assertThat(m).startsWith("Character 3 is “{”"));
    }

    /** Plain Hibernate Validator reads ValidationMessages, not the app's bundles: compare the templates. */
    private List<String> templates(Object form, String property) {
        return validator.validate(form).stream()
                .filter(v -> v.getPropertyPath().toString().equals(property))
                .map(ConstraintViolation::getMessageTemplate)
                .toList();
    }

    @Test
    void blankLookingValuesAreMissingAnswersNeverAccepted() {
        for (String blank : BLANK_LOOKING) {
            RequiredForm form = new RequiredForm(blank, blank, blank);
            assertThat(templates(form, "email")).as(blank).containsExactly("{practice.contact.email.required}");
            assertThat(templates(form, "phone")).as(blank).containsExactly("{practice.contact.phone.required}");
            assertThat(templates(form, "nir")).as(blank).containsExactly("{practice.identity.nir.required}");
        }
        assertThat(validator.validate(new RequiredForm(null, "", "\t"))).hasSize(3);
        assertThat(validator.validate(new RequiredForm("jane@example.fr", "06 12 34 56 78", "1850578006084")))
                .isEmpty();
    }

    @Test
    void somethingVisibleBesideBlankLookingCharactersIsCheckedNotCalledMissing() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        RequiredForm form = new RequiredForm("\u00A0a\u200B", "\u200B1", "\u00A0A");
        assertThat(templates(form, "email")).doesNotContain("{practice.contact.email.required}");
        assertThat(messages(form, "email")).singleElement().asString().contains("@");
        assertThat(messages(form, "phone")).singleElement().asString().startsWith("You typed 1 ");
        assertThat(messages(form, "nir")).isNotEmpty();
    }

    @Test
    void literalEscapesBackslashBracesAndDollar() {
        assertThat(ConstraintMessages.literal("a\\b{c}$d")).isEqualTo("a\\\\b\\{c\\}\\$d");
    }
}
