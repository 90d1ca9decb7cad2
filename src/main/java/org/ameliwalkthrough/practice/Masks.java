package org.ameliwalkthrough.practice;

/** Display masks for what the session may keep of an identifier: its last characters only. */
public final class Masks {

    private Masks() {}

    /** "288049913204730", 3 → "•••• •••• 730": enough to recognise, not enough to reuse. */
    public static String keepLast(String value, int visible) {
        if (value == null || value.length() <= visible) {
            return value;
        }
        return "•••• •••• " + value.substring(value.length() - visible);
    }
}
