package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarteVitaleSerialTest {

    @Test
    void elevenDigitsIsTheDocumentedAssumption() {
        assertThat(CarteVitaleSerial.LENGTH).isEqualTo(11);
        CarteVitaleSerial serial = CarteVitaleSerial.parse("123 456 789 01");
        assertThat(serial.normalized()).isEqualTo("12345678901");
        assertThat(serial.masked()).isEqualTo("••••••••901");
    }

    @Test
    void reasonCodesAndArguments() {
        assertThat(CarteVitaleSerial.check("1234").problems()).containsExactly(Problem.of("serial.length", 4, 11));
        assertThat(CarteVitaleSerial.check("1234567890X").problems())
                .containsExactly(Problem.of("serial.character", "X", 11));
        assertThat(CarteVitaleSerial.check(" ").problems()).containsExactly(Problem.of("serial.empty"));
    }
}
