package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodeTest {

    @Test
    void partsAndLeadingZero() {
        assertThat(Postcode.parse("01000").department()).isEqualTo("01");
        assertThat(Postcode.parse("97 600").department()).isEqualTo("976");
        assertThat(Postcode.parse("97600").isOverseas()).isTrue();
        assertThat(Postcode.parse("20000").isCorsica()).isTrue();
        assertThat(Postcode.parse("98000").normalized()).isEqualTo("98000");
    }

    @Test
    void reasonCodesAndArguments() {
        assertThat(Postcode.check("96000").problems()).containsExactly(Problem.of("postcode.department", "96"));
        assertThat(Postcode.check("00100").problems()).containsExactly(Problem.of("postcode.department", "00"));
        assertThat(Postcode.check("97800").problems()).containsExactly(Problem.of("postcode.overseas", "978"));
        assertThat(Postcode.check("2A200").problems()).containsExactly(Problem.of("postcode.corsica", "2A"));
        assertThat(Postcode.check("7500").problems()).containsExactly(Problem.of("postcode.length", 4, 5));
        assertThat(Postcode.check("75O08").problems()).containsExactly(Problem.of("postcode.character", "O", 3));
        assertThat(Postcode.check(null).problems()).containsExactly(Problem.of("postcode.empty"));
    }
}
