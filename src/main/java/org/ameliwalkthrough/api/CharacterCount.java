package org.ameliwalkthrough.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many characters a person sees: grapheme clusters ({@code \X}), so an emoji with a skin tone
 * or a letter with a combining accent counts once, where {@code String.length()} counts UTF-16 units.
 */
final class CharacterCount {

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private CharacterCount() {}

    static int of(String text) {
        Matcher graphemes = GRAPHEME.matcher(text);
        int count = 0;
        while (graphemes.find()) {
            count++;
        }
        return count;
    }
}
