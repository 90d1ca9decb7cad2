package org.ameliwalkthrough.practice.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.ameliwalkthrough.identifiers.Required;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A box holding only blank-looking characters (a pasted no-break space, a zero-width space) is an
 * empty box: "type your password", not a password of one invisible character. {@code @NotBlank}
 * let these through; the forms' free-text boxes use {@link Required}.
 */
class BlankLookingAnswersTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u202F", "\uFEFF", "\u200B", " \u200B\u00A0 "})
    void aPasswordOfOnlyBlankLookingCharactersIsAMissingPassword(String blank) {
        Set<String> missing = VALIDATOR.validate(new LoginForm("2 88 04 99 132 047 41", blank)).stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof Required)
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        assertThat(missing).containsExactly("password");
    }
}
