package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void groupsByTheGivenSizes() {
        assertThat(Digits.group("288049913204730", 1, 2, 2, 2, 3, 3, 2)).isEqualTo("2 88 04 99 132 047 30");
        assertThat(Digits.group("3023217600053", 2, 2, 3, 3, 3)).isEqualTo("30 23 217 600 053");
    }

    @Test
    void stopsWhenTheValueRunsOut() {
        assertThat(Digits.group("2880499132", 1, 2, 2, 2, 3, 3, 2)).isEqualTo("2 88 04 99 132");
        assertThat(Digits.group("28804991", 1, 2, 2, 2, 3, 3, 2)).isEqualTo("2 88 04 99 1");
        assertThat(Digits.group("", 1, 2)).isEmpty();
    }

    @Test
    void leavesOutWhatTheSizesDoNotCover() {
        assertThat(Digits.group("123456", 2, 2)).isEqualTo("12 34");
    }

    @Test
    void anEmptyInputIsOnlyEmpty() {
        assertThat(Digits.problems("serial", "", 11)).containsExactly(Problem.of("serial.empty"));
    }

    @Test
    void reportsTheFirstNonDigitAndTheLengthTogether() {
        assertThat(Digits.problems("nif", "12A4B", 13))
                .containsExactly(Problem.of("nif.character", "A", 3), Problem.of("nif.length", 5, 13));
        assertThat(Digits.problems("postcode", "7500", 5)).containsExactly(Problem.of("postcode.length", 4, 5));
        assertThat(Digits.problems("postcode", "75001", 5)).isEmpty();
    }
}
