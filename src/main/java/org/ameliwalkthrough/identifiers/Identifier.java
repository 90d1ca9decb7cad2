package org.ameliwalkthrough.identifiers;

/**
 * What every identifier value object offers. {@code toString()} must return the masked form: a
 * value object never prints its full value (logs, exceptions, debugger views).
 */
public interface Identifier {

    /** Canonical form for storage and comparison (no spaces, upper case). */
    String normalized();

    /** Display form, in the groups people see on their card or document. */
    String formatted();

    /** Display form after entry, with the middle hidden. */
    String masked();
}
