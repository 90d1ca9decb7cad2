package org.ameliwalkthrough.identifiers;

/** Helpers for constraint validators that build their own violation messages. */
public final class ConstraintMessages {

    private ConstraintMessages() {}

    /**
     * A final text as a message template: backslash, braces and dollar escaped, so Bean Validation
     * reads no {…} or ${…} placeholder in it (a message may quote what the user typed).
     */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
