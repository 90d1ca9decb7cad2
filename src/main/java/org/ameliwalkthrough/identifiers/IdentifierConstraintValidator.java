package org.ameliwalkthrough.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Validates {@link ValidIdentifier}: blank passes ({@link Required} speaks for an empty field),
 * otherwise the kind's {@code check} decides and each problem becomes one violation carrying its
 * resolved teaching text, in the request's language. Spring creates these validators as beans and
 * injects {@link IdentifierMessages}; plain Bean Validation uses the no-arg constructor, which
 * reads the same bundles.
 */
public class IdentifierConstraintValidator implements ConstraintValidator<ValidIdentifier, CharSequence> {

    private static final class Standalone {
        static final IdentifierMessages MESSAGES = IdentifierMessages.standalone();
    }

    private final IdentifierMessages messages;
    private IdentifierKind kind;

    public IdentifierConstraintValidator() {
        this(Standalone.MESSAGES);
    }

    @Autowired
    public IdentifierConstraintValidator(IdentifierMessages messages) {
        this.messages = messages;
    }

    @Override
    public void initialize(ValidIdentifier annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || Normalizer.isBlank(value.toString())) {
            return true;
        }
        Checked<?> checked = kind.check(value.toString());
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
