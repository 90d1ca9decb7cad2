package org.ameliwalkthrough.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.ameliwalkthrough.identifiers.IdentifierKind;
import org.ameliwalkthrough.identifiers.ReasonCodes;
import org.ameliwalkthrough.identifiers.ValidIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/** Mistake counting starts from reason codes: the identifier's own ones, else the error's code. */
class ReasonCodesTest {

    record Typed(
            @ValidIdentifier(IdentifierKind.NIR) String nir,
            @ValidIdentifier(IdentifierKind.PASSWORD) String password) {}

    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static BeanPropertyBindingResult validate(Typed typed) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(typed, "form");
        new SpringValidatorAdapter(FACTORY.getValidator()).validate(typed, result);
        return result;
    }

    @Test
    void aWrongNirKeyIsTheNirKeyReason() {
        assertThat(ReasonCodes.of(validate(new Typed("2 88 04 99 132 047 31", null))))
                .containsExactly("nir.key");
    }

    @Test
    void passwordCriteriaAreTheirOwnReasons() {
        assertThat(ReasonCodes.of(validate(new Typed(null, "abcdefgh"))))
                .isNotEmpty()
                .allMatch(code -> code.startsWith("password."));
    }

    @Test
    void aHandlersRefusalIsItsMessageCode() {
        BeanPropertyBindingResult result = validate(new Typed(null, null));
        result.rejectValue("nir", "practice.iban.lastSeven.wrong", new Object[] {4}, null);
        assertThat(ReasonCodes.of(result)).containsExactly("practice.iban.lastSeven.wrong");
    }

    @Test
    void reasonsReadAsShortLabelsInBothLanguagesFallingBackToTheirFamily() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        MistakeKinds kinds = new MistakeKinds(bundle);
        assertThat(kinds.label("nir.key", Locale.ENGLISH)).isEqualTo("NIR key");
        assertThat(kinds.label("nir.key", Locale.FRENCH)).isEqualTo("clé du NIR");
        assertThat(kinds.label("practice.iban.lastSeven.wrong", Locale.ENGLISH)).isEqualTo("IBAN letter/digit");
        assertThat(kinds.label("practice.serial.missing.wrong", Locale.ENGLISH)).isEqualTo("serial digits");
        assertThat(kinds.label("NirMatchesBirthDate", Locale.ENGLISH)).isEqualTo("date ≠ NIR");
        assertThat(kinds.label("password.uppercase", Locale.ENGLISH)).isEqualTo("password criteria");
        assertThat(kinds.label("something.new", Locale.ENGLISH)).isEqualTo("other");
        assertThat(kinds.where("practice.iban.lastSeven.wrong")).isEqualTo("rib");
        assertThat(kinds.where("password.length")).isNull();
        assertThat(List.of(kinds.explanation("nir.key", Locale.ENGLISH))).allMatch(t -> t.contains("carte Vitale"));
    }

    /** A character left out is not a look-alike slip: the board and the debrief must not say "IBAN letter/digit". */
    @Test
    void anIbanEndOfTheWrongLengthHasItsOwnLabelAndExplanation() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        MistakeKinds kinds = new MistakeKinds(bundle);
        String format = "practice.iban.lastSeven.format";
        assertThat(kinds.label(format, Locale.ENGLISH)).isEqualTo("IBAN end not 7 characters");
        assertThat(kinds.label(format, Locale.FRENCH)).isEqualTo("fin d'IBAN sans ses 7 caractères");
        assertThat(kinds.explanation(format, Locale.ENGLISH))
                .contains("exactly 7")
                .doesNotContain("look alike");
        assertThat(kinds.explanation(format, Locale.FRENCH)).contains("exactement 7");
        assertThat(kinds.where(format)).isEqualTo("rib");
        // Nor is a pasted IBAN: the debrief must tell the room to type only the end.
        String whole = "practice.iban.lastSeven.whole";
        assertThat(kinds.explanation(whole, Locale.ENGLISH))
                .contains("only the last 7")
                .doesNotContain("look alike");
        assertThat(kinds.explanation(whole, Locale.FRENCH)).contains("seulement les 7 derniers");
    }
}
