package org.ameliwalkthrough.identifiers;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Why a form was refused, as stable codes: an identifier's own reason codes ({@code nir.key},
 * {@code iban.checksum}; the message carries only the teaching text, so the value is checked again
 * here), otherwise the error's code ({@code practice.iban.lastSeven.wrong}, {@code NirMatchesBirthDate}).
 * Never the value typed.
 */
public final class ReasonCodes {

    private ReasonCodes() {}

    public static List<String> of(Errors errors) {
        List<String> codes = new ArrayList<>();
        for (ObjectError error : errors.getAllErrors()) {
            codes.addAll(of(error));
        }
        return codes;
    }

    static List<String> of(ObjectError error) {
        if (error instanceof FieldError field && field.getRejectedValue() instanceof CharSequence typed) {
            List<String> problems = identifierProblems(error, typed.toString());
            if (!problems.isEmpty()) {
                return problems;
            }
        }
        return error.getCode() == null ? List.of() : List.of(error.getCode());
    }

    private static List<String> identifierProblems(ObjectError error, String typed) {
        if (!error.contains(ConstraintViolation.class)
                || !(error.unwrap(ConstraintViolation.class)
                                .getConstraintDescriptor()
                                .getAnnotation()
                        instanceof ValidIdentifier identifier)) {
            return List.of();
        }
        return identifier.value().check(typed).problems().stream()
                .map(Problem::code)
                .toList();
    }
}
