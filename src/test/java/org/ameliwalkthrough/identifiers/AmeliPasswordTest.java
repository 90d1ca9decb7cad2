package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.identifiers.AmeliPassword.Criterion;
import org.ameliwalkthrough.identifiers.AmeliPassword.CriterionResult;
import org.junit.jupiter.api.Test;

class AmeliPasswordTest {

    @Test
    void acceptsLettersWithADigitOrAnAllowedSpecial() {
        assertThat(AmeliPassword.check("Printemps2024").isValid()).isTrue();
        assertThat(AmeliPassword.check("Bonjour€Soleil").isValid()).isTrue();
        assertThat(AmeliPassword.parse("Printemps2024").toString()).doesNotContain("Printemps");
    }

    @Test
    void listsWhichCriteriaAreMet() {
        assertThat(AmeliPassword.criteria("abc"))
                .containsExactly(
                        new CriterionResult(Criterion.LENGTH, false),
                        new CriterionResult(Criterion.LOWERCASE, true),
                        new CriterionResult(Criterion.UPPERCASE, false),
                        new CriterionResult(Criterion.DIGIT_OR_SPECIAL, false),
                        new CriterionResult(Criterion.ALLOWED_CHARACTERS, true));
        assertThat(Criterion.LENGTH.messageKey()).isEqualTo("identifier.password.criterion.length");
    }

    @Test
    void reasonCodesAndArguments() {
        assertThat(AmeliPassword.check("abc").problems())
                .containsExactly(
                        Problem.of("password.length", 3, 8, 50),
                        Problem.of("password.uppercase"),
                        Problem.of("password.digit-or-special", AmeliPassword.SPECIALS));
        assertThat(AmeliPassword.check("Eté 2024 #ok").problems())
                .containsExactly(Problem.of("password.character", "é U+0020 #", AmeliPassword.SPECIALS));
        assertThat(AmeliPassword.check("A".repeat(51) + "a1").problems())
                .containsExactly(Problem.of("password.length", 53, 8, 50));
        assertThat(AmeliPassword.check(null).problems()).containsExactly(Problem.of("password.empty"));
    }
}
