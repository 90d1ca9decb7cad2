package org.ameliwalkthrough.practice.steps;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;

/** Day, month and year together make a real date in the past; the error goes on the date field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidBirthDate.Validator.class)
public @interface ValidBirthDate {

    String message() default "{practice.identity.birthDate.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidBirthDate, IdentityForm> {

        private static final Pattern WHOLE_DATE =
                Pattern.compile("\\d{1,4}\\s*[/.\\-\\s]\\s*\\d{1,2}(\\s*[/.\\-\\s]\\s*\\d{1,4})?");

        private final Clock clock;

        /** Plain Bean Validation (outside Spring): the system clock. */
        public Validator() {
            this(Clock.systemUTC());
        }

        /** In the app: the shared clock, so tests (and "today") agree with the rest of the simulator. */
        @Autowired
        public Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(IdentityForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            String key;
            if (isBlank(form.day()) && isBlank(form.month()) && isBlank(form.year())) {
                key = "{practice.identity.birthDate.required}";
            } else if (wholeDateInOneBox(form)) {
                key = "{practice.identity.birthDate.wholeDate}";
            } else if (form.getBirthDate() == null) {
                key = "{practice.identity.birthDate.invalid}";
            } else if (!form.getBirthDate().isBefore(LocalDate.now(clock))
                    || form.getBirthDate().isBefore(LocalDate.of(1900, 1, 1))) {
                key = "{practice.identity.birthDate.past}";
            } else {
                return true;
            }
            context.buildConstraintViolationWithTemplate(key)
                    .addPropertyNode("birthDate")
                    .addConstraintViolation();
            return false;
        }

        /** "12/04/1988" typed into Day: digits with a separator in one box (the others usually empty). */
        static boolean wholeDateInOneBox(IdentityForm form) {
            return Stream.of(form.day(), form.month(), form.year())
                    .anyMatch(box ->
                            box != null && WHOLE_DATE.matcher(box.strip()).matches());
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}
