package org.ameliwalkthrough.practice.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The confirmation repeats the password; the error goes on the confirmation field. One rule for every {@link NewPassword}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordsMatch.Validator.class)
public @interface PasswordsMatch {

    String message() default "{practice.password.confirmation.different}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PasswordsMatch, NewPassword> {
        @Override
        public boolean isValid(NewPassword form, ConstraintValidatorContext context) {
            if (form.password() == null
                    || form.confirmation() == null
                    || form.confirmation().isBlank()) {
                return true; // @Required speaks for an empty box
            }
            if (form.password().equals(form.confirmation())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("confirmation")
                    .addConstraintViolation();
            return false;
        }
    }
}
