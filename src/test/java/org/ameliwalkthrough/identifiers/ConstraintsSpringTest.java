package org.ameliwalkthrough.identifiers;

import static org.ameliwalkthrough.identifiers.IdentifierKind.IBAN;
import static org.ameliwalkthrough.identifiers.IdentifierKind.NIR;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;

/** The same constraints as Boot wires them: validators are beans, messages come from the app's MessageSource. */
class ConstraintsSpringTest {

    record Form(
            @ValidIdentifier(NIR) String nir,
            @ValidIdentifier(IBAN) String iban) {}

    record RequiredForm(
            @Required(message = "{practice.identity.nir.required}") @ValidIdentifier(NIR)
            String nir) {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(MessageSourceAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withPropertyValues("spring.messages.basename=messages", "spring.messages.fallback-to-system-locale=false")
            .withBean(IdentifierMessages.class);

    @Test
    void validatorBeansResolveMessagesInTheRequestLanguage() {
        runner.run(context -> {
            Validator validator = context.getBean(Validator.class);
            try {
                LocaleContextHolder.setLocale(Locale.FRENCH);
                var violations = validator.validate(new Form("223115935012321", "FR7630007000110009970004943"));
                assertThat(violations)
                        .extracting(ConstraintViolation::getMessage)
                        .containsExactlyInAnyOrder(
                                context.getBean(IdentifierMessages.class)
                                        .message(Problem.of("nir.key", "21"), Locale.FRENCH),
                                context.getBean(IdentifierMessages.class)
                                        .message(Problem.of("iban.checksum"), Locale.FRENCH));
                LocaleContextHolder.setLocale(Locale.ENGLISH);
                assertThat(validator.validate(new Form("1{}$5", null)))
                        .extracting(ConstraintViolation::getMessage)
                        .anySatisfy(m -> assertThat(m).startsWith("Character 2 is “{”"));
                assertThat(validator.validate(new RequiredForm("\u00A0\u200B")))
                        .extracting(ConstraintViolation::getMessage)
                        .singleElement()
                        .asString()
                        .startsWith("Enter your social security number");
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }
}
