package org.ameliwalkthrough.identifiers;

import java.util.Optional;

/**
 * The one place for input cleaning: removes what people type or paste between the characters that
 * matter. Java's {@code trim()}, {@code strip()}, {@code isBlank()}, {@code \s} and
 * {@code @NotBlank} miss U+00A0 and U+202F (copy-paste from PDFs and French typography) or the
 * invisible U+200B and U+FEFF, so this looks at every code point: Unicode spaces, tabs and line
 * breaks, invisible format characters (zero-width space, BOM), plus the separators a kind allows.
 * Letters are upper-cased one code point at a time so positions stay those of the compacted text.
 */
public final class Normalizer {

    static final String DOTS_AND_DASHES = ".-\u2010\u2011\u2012\u2013";

    private Normalizer() {}

    /**
     * A typed number without its separators: blank-looking code points, dots and dashes removed,
     * ASCII letters upper-cased ({@code "fr76 3000.6000-01"} → {@code "FR763000600001"}, the same
     * with U+00A0 or U+202F for the spaces). Null gives "".
     */
    public static String compact(String raw) {
        return compact(raw, DOTS_AND_DASHES);
    }

    /** True for null and for text made only of blank-looking code points (U+00A0, U+200B… included). */
    public static boolean isBlank(String raw) {
        return raw == null || raw.codePoints().allMatch(Normalizer::isBlankish);
    }

    /** Like {@link #compact(String)}, removing only {@code extraSeparators} besides blank-looking code points. */
    static String compact(String raw, String extraSeparators) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 64));
        raw.codePoints().forEach(cp -> {
            if (!isBlankish(cp) && extraSeparators.indexOf(cp) < 0) {
                out.appendCodePoint(cp < 128 ? Character.toUpperCase(cp) : cp);
            }
        });
        return out.toString();
    }

    /** Blank-looking code points removed at both ends only (e-mail addresses, names). Null gives "". */
    public static String strip(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isBlankish(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && isBlankish(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }

    static boolean isBlankish(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /**
     * The message key naming a character {@link #describe} wrote as U+XXXX in words: a space, a
     * non-breaking space, or an invisible character (controls, zero-width and other format
     * characters). Empty for a visible character, and for U+XXXX that words would not help with
     * (unassigned, private use, lone surrogates), which stay as written.
     */
    static Optional<String> wordsKey(String described) {
        if (!described.matches("U\\+[0-9A-F]{4,6}")) {
            return Optional.empty();
        }
        int cp = Integer.parseInt(described.substring(2), 16);
        if (cp == 0x00A0 || cp == 0x2007 || cp == 0x202F) {
            return Optional.of("identifier.char.nbsp");
        }
        if (Character.isSpaceChar(cp) || cp == '\t') {
            return Optional.of("identifier.char.space");
        }
        if (Character.isISOControl(cp) || isBlankish(cp)) {
            return Optional.of("identifier.char.invisible");
        }
        return Optional.empty();
    }

    /** How to show one character in a message: itself, or U+XXXX when it would be invisible. */
    static String describe(int cp) {
        if (Character.isISOControl(cp)
                || isBlankish(cp)
                || !Character.isDefined(cp)
                || Character.getType(cp) == Character.SURROGATE
                || Character.getType(cp) == Character.PRIVATE_USE) {
            return String.format("U+%04X", cp);
        }
        return new String(Character.toChars(cp));
    }
}
