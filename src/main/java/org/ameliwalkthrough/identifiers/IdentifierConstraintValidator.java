package org.ameliwalkthrough.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * The shared body of the {@code @Valid…} constraints: blank passes (pair with {@code @NotBlank} for
 * "required"), otherwise the value object's {@code check} decides and each problem becomes one
 * violation carrying its resolved teaching text, in the request's language. Spring creates these
 * validators as beans and injects {@link IdentifierMessages}; plain Bean Validation uses the no-arg
 * constructor, which reads the same bundles.
 */
public abstract class IdentifierConstraintValidator<A extends Annotation>
        implements ConstraintValidator<A, CharSequence> {

    private static final class Standalone {
        static final IdentifierMessages MESSAGES = IdentifierMessages.standalone();
    }

    private final IdentifierMessages messages;

    protected IdentifierConstraintValidator() {
        this(Standalone.MESSAGES);
    }

    protected IdentifierConstraintValidator(IdentifierMessages messages) {
        this.messages = messages;
    }

    protected abstract Checked<?> check(String raw);

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || Normalizer.compact(value.toString(), "").isEmpty()) {
            return true;
        }
        Checked<?> checked = check(value.toString());
        if (checked.isValid()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Problem problem : checked.problems()) {
            context.buildConstraintViolationWithTemplate(ConstraintMessages.literal(messages.message(problem)))
                    .addConstraintViolation();
        }
        return false;
    }
}
