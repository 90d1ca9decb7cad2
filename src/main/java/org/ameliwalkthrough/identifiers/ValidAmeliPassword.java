package org.ameliwalkthrough.identifiers;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Autowired;

/** A password meeting ameli's criteria per {@link AmeliPassword}. Blank passes: add {@code @NotBlank} when the field is required. */
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Constraint(validatedBy = ValidAmeliPassword.Validator.class)
public @interface ValidAmeliPassword {

    String message() default "{identifier.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator extends IdentifierConstraintValidator<ValidAmeliPassword> {

        public Validator() {}

        @Autowired
        public Validator(IdentifierMessages messages) {
            super(messages);
        }

        @Override
        protected Checked<?> check(String raw) {
            return AmeliPassword.check(raw);
        }
    }
}
