package org.ameliwalkthrough.identifiers;

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
            @ValidNir String nir,
            @ValidNumeroFiscal String nif,
            @ValidIban(frenchOrMonacoOnly = true) String iban,
            @ValidPostcode String postcode,
            @ValidPhone(mobileOnly = true) String mobile,
            @ValidPhone String phone,
            @ValidEmail String email,
            @ValidAmeliPassword String password,
            @ValidCarteVitaleSerial String serial) {}

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

    private List<String> messages(Form form, String property) {
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

    @Test
    void literalEscapesBackslashBracesAndDollar() {
        assertThat(ConstraintMessages.literal("a\\b{c}$d")).isEqualTo("a\\\\b\\{c\\}\\$d");
    }
}
