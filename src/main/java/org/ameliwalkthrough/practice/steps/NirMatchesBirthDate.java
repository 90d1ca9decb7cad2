package org.ameliwalkthrough.practice.steps;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ameliwalkthrough.identifiers.ConstraintMessages;
import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.Problem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The number's year and month agree with the date of birth typed beside it. Checked only when both
 * are valid on their own; each disagreeing part goes on the number's field with its own message.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NirMatchesBirthDate.Validator.class)
public @interface NirMatchesBirthDate {

    String message() default "{identifier.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NirMatchesBirthDate, IdentityForm> {

        private final IdentifierMessages messages;

        public Validator() {
            this(IdentifierMessages.standalone());
        }

        @Autowired
        public Validator(IdentifierMessages messages) {
            this.messages = messages;
        }

        @Override
        public boolean isValid(IdentityForm form, ConstraintValidatorContext context) {
            var nir = form.nir() == null ? null : Nir.check(form.nir());
            if (nir == null || !nir.isValid() || form.getBirthDate() == null) {
                return true;
            }
            var problems = nir.value().compareWithBirthDate(form.getBirthDate());
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (Problem problem : problems) {
                context.buildConstraintViolationWithTemplate(ConstraintMessages.literal(messages.message(problem)))
                        .addPropertyNode("nir")
                        .addConstraintViolation();
            }
            return false;
        }
    }
}
