package org.ameliwalkthrough.practice.journey;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Puts a step's errors in the order of its fields on the page, so the error summary reads top to
 * bottom like the form. Bean Validation reports violations in no particular order; a global error
 * (e.g. ameli's "erronées") comes first, as the summary's lead sentence.
 */
final class ErrorOrder {

    private ErrorOrder() {}

    /** The field names of a form, in page order. */
    static List<String> fields(Class<?> formType) {
        FieldOrder declared = formType.getAnnotation(FieldOrder.class);
        if (declared != null) {
            return List.of(declared.value());
        }
        if (formType.isRecord()) {
            return Arrays.stream(formType.getRecordComponents())
                    .map(c -> c.getName())
                    .toList();
        }
        return List.of();
    }

    /** The same errors in page order, in a binding result like the one the binder made. */
    static BindingResult sorted(BindingResult result, Class<?> formType) {
        if (!result.hasErrors() || result.getTarget() == null) {
            return result;
        }
        List<String> order = fields(formType);
        Comparator<ObjectError> byPage = Comparator.comparingInt(e -> position(e, order));
        BeanPropertyBindingResult sorted = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
        result.getAllErrors().stream().sorted(byPage).forEach(sorted::addError); // a stable sort
        return sorted;
    }

    private static int position(ObjectError error, List<String> order) {
        if (!(error instanceof FieldError field)) {
            return -1;
        }
        int at = order.indexOf(field.getField());
        return at < 0 ? order.size() : at;
    }
}
