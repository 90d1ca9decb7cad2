package org.ameliwalkthrough.workshop;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A reason code as the volunteer reads it: a short label ("NIR key"), the teaching explanation and
 * where the number is printed. A code without its own words takes its family's: {@code
 * practice.serial.missing.wrong} → {@code practice.serial.missing} → {@code practice.serial}.
 */
@Component
class MistakeKinds {

    /** Where each family of numbers is printed: the anchors of the guide's "where to find your numbers". */
    private static final Map<String, String> WHERE = Map.of(
            "nir", "carte-vitale",
            "NirMatchesBirthDate", "carte-vitale",
            "practice.serial", "carte-vitale",
            "practice.identity", "carte-vitale",
            "practice.iban", "rib",
            "iban", "rib",
            "nif", "tax-notice",
            "fc.impots", "tax-notice");

    private final MessageSource messages;

    MistakeKinds(MessageSource messages) {
        this.messages = messages;
    }

    String label(String code, Locale locale) {
        return words("workshop.mistake.", code, locale);
    }

    String explanation(String code, Locale locale) {
        return words("workshop.explain.", code, locale);
    }

    /** The anchor on /where-to-find-your-numbers, or null when the answer is not printed anywhere (a password). */
    String where(String code) {
        for (String family = code; family != null; family = parent(family)) {
            if (WHERE.containsKey(family)) {
                return WHERE.get(family);
            }
        }
        return null;
    }

    private String words(String prefix, String code, Locale locale) {
        for (String family = code; family != null; family = parent(family)) {
            String text = messages.getMessage(prefix + family, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        return messages.getMessage(prefix + WorkshopProgress.OTHER, null, locale);
    }

    private static String parent(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
