package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {

    /** What Java's trim(), strip(), isBlank() and {@code \s} do not all see as blank. */
    private static final String BLANK_LOOKING = "\u00A0\u202F\uFEFF\u200B\t\u2003 ";

    @Test
    void compactDropsEveryBlankLookingCodePointDotsAndDashes() {
        assertThat(Normalizer.compact("fr76 3000.6000-01")).isEqualTo("FR763000600001");
        assertThat(Normalizer.compact("1\u00A085\u202F05\uFEFF78\u200B006\u2011084\t91"))
                .isEqualTo("185057800608491");
        assertThat(Normalizer.compact("é-x"))
                .as("only ASCII letters are upper-cased")
                .isEqualTo("éX");
        assertThat(Normalizer.compact(null)).isEmpty();
        assertThat(Normalizer.compact(BLANK_LOOKING)).isEmpty();
    }

    @Test
    void stripRemovesBlankLookingCodePointsAtTheEndsOnly() {
        assertThat(Normalizer.strip(BLANK_LOOKING + "jane doe@example.fr" + BLANK_LOOKING))
                .isEqualTo("jane doe@example.fr");
        assertThat(Normalizer.strip(null)).isEmpty();
        assertThat(Normalizer.strip(BLANK_LOOKING)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u202F", "\uFEFF", "\u200B", "\u00A0\u200B\u202F\uFEFF", "\t\n"})
    void blankLookingTextIsBlank(String raw) {
        assertThat(Normalizer.isBlank(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u00A0.\u00A0", "-", "0"})
    void anythingVisibleIsNotBlank(String raw) {
        assertThat(Normalizer.isBlank(raw)).isFalse();
    }

    @Test
    void nullIsBlank() {
        assertThat(Normalizer.isBlank(null)).isTrue();
    }
}
