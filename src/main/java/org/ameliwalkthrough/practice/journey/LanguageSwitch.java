package org.ameliwalkthrough.practice.journey;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Switching language on a step shown with errors: the header's switch re-submits the step's own form
 * (so what was typed comes back, without JavaScript) with {@code ?lang=}. Validation errors come back by
 * validating again; the answers' refusals (a wrong IBAN end, "not found") cannot be asked again without
 * counting another attempt, so the page carries them as hidden {@code field|code|numbers} values: message
 * codes and counts, never what was typed.
 */
class LanguageSwitch {

    /** The switch button's name: a post that only asks for the page in another language. */
    static final String PARAM = "switch-language";

    static final String REFUSAL = "refusal";
    static final String FORM_ID = "step-form";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,120}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}");

    private final MessageSource messages;

    LanguageSwitch(MessageSource messages) {
        this.messages = messages;
    }

    static boolean asked(HttpServletRequest request) {
        return request.getParameter(PARAM) != null;
    }

    /** The refusals to carry, when the page shows the handler's, not validation's, errors. */
    static List<String> carried(BindingResult result) {
        List<String> out = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
            if (error.getCode() == null || !Arrays.stream(args).allMatch(a -> a instanceof Integer)) {
                continue; // only what can be written as a code and numbers
            }
            String field = error instanceof FieldError f ? f.getField() : "";
            out.add(field + "|" + error.getCode() + "|"
                    + String.join(",", Arrays.stream(args).map(String::valueOf).toList()));
        }
        return out;
    }

    /** Adds back the carried refusals that name a field of the form and a message we have. */
    void restore(HttpServletRequest request, Class<?> formType, BindingResult result) {
        String[] values = request.getParameterValues(REFUSAL);
        if (values == null || result.hasErrors() || result.getTarget() == null) {
            return;
        }
        for (String value : values) {
            String[] parts = value.split("\\|", -1);
            if (parts.length != 3 || !CODE.matcher(parts[1]).matches() || !known(parts[1])) {
                continue;
            }
            Object[] args = numbers(parts[2]);
            if (args == null) {
                continue;
            }
            if (parts[0].isEmpty()) {
                result.reject(parts[1], args, null);
            } else if (isField(formType, parts[0])) {
                result.rejectValue(parts[0], parts[1], args, null);
            }
        }
    }

    private boolean known(String code) {
        return messages.getMessage(code, null, null, Locale.ENGLISH) != null;
    }

    private static Object[] numbers(String list) {
        if (list.isEmpty()) {
            return new Object[0];
        }
        String[] items = list.split(",");
        if (items.length > 5
                || !Arrays.stream(items).allMatch(i -> NUMBER.matcher(i).matches())) {
            return null;
        }
        return Arrays.stream(items).map(Integer::valueOf).toArray();
    }

    /** A record component or a getter the form declares (errors may bind to one), never {@code class}. */
    private static boolean isField(Class<?> type, String name) {
        if (type.isRecord()
                && Arrays.stream(type.getRecordComponents())
                        .anyMatch(c -> c.getName().equals(name))) {
            return true;
        }
        PropertyDescriptor property = BeanUtils.getPropertyDescriptor(type, name);
        return property != null
                && property.getReadMethod() != null
                && property.getReadMethod().getDeclaringClass() == type;
    }
}
