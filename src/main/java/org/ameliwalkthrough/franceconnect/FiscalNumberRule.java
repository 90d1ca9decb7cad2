package org.ameliwalkthrough.franceconnect;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the identifiers package's numéro fiscal constraint until it lands: 13 digits, first
 * 0–3, last 3 = first 10 mod 511. Each failure gets its own teaching message.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FiscalNumberRule.Validator.class)
@interface FiscalNumberRule {

    String message() default "{fc.impots.numeroFiscal.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FiscalNumberRule, String> {

        /** Spaces, dots and dashes removed: what people copy from a tax notice ("30 23 217 600 053"). */
        static String normalise(String raw) {
            return raw == null ? "" : raw.replaceAll("[\\s.\\-\\u00a0]", "");
        }

        /** The message key of the first rule broken, or null when the number follows them all. */
        static String problem(String raw) {
            String digits = normalise(raw);
            if (digits.isEmpty()) {
                return "fc.impots.numeroFiscal.required";
            }
            if (!digits.matches("\\d{13}")) {
                return "fc.impots.numeroFiscal.length";
            }
            if (digits.charAt(0) > '3') {
                return "fc.impots.numeroFiscal.firstDigit";
            }
            long body = Long.parseLong(digits.substring(0, 10));
            if (body == 0 || body % 511 != Long.parseLong(digits.substring(10))) {
                return "fc.impots.numeroFiscal.key";
            }
            return null;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String key = problem(value);
            if (key == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
            return false;
        }
    }
}
