package org.ameliwalkthrough.guide;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every question of the which-route form has one of the answers it offers ({@link WhichRouteForm#CHOICES},
 * the one list of them); a missing or unknown answer is an error on that question, with its own message.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AnswersEveryQuestion.Validator.class)
@interface AnswersEveryQuestion {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AnswersEveryQuestion, WhichRouteForm> {
        @Override
        public boolean isValid(WhichRouteForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (var question : WhichRouteForm.CHOICES.entrySet()) {
                String sent = form.sent().get(question.getKey());
                if (sent == null || !question.getValue().contains(sent)) {
                    context.buildConstraintViolationWithTemplate("{guide.route." + question.getKey() + ".required}")
                            .addPropertyNode(question.getKey())
                            .addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
