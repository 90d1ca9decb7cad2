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

/**
 * The value is a valid identifier of its kind, e.g. {@code @ValidIdentifier(IdentifierKind.NIR)}:
 * the kind's {@link IdentifierKind#check check} decides, and each problem becomes one violation
 * carrying its teaching text in the request's language. Blank passes (null, or only blank-looking
 * characters per {@link Normalizer#isBlank}): add {@link Required} when the field is required.
 */
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Constraint(validatedBy = IdentifierConstraintValidator.class)
public @interface ValidIdentifier {

    IdentifierKind value();

    String message() default "{identifier.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
