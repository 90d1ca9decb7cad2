package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumeroFiscalTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3806407983154",
                "3729488324303",
                "2308810231322",
                "3931176056423",
                "0617955856490",
                "0672882330085"
            })
    void practicePersonasPass(String nif) {
        assertThat(NumeroFiscal.check(nif).isValid()).isTrue();
    }

    @Test
    void formatsMasksAndNormalises() {
        NumeroFiscal nif = NumeroFiscal.parse("30\u00a023 217 600 053");
        assertThat(nif.normalized()).isEqualTo("3023217600053");
        assertThat(nif.formatted()).isEqualTo("30 23 217 600 053");
        assertThat(nif.masked()).isEqualTo("30 •• ••• ••• 053");
        assertThat(nif.toString()).doesNotContain("3023217600053");
        assertThat(NumeroFiscal.checkDigits("3023217600")).isEqualTo("053");
    }

    @Test
    void reasonCodesAndArguments() {
        assertThat(NumeroFiscal.check("070198776543").problems()).containsExactly(Problem.of("nif.length", 12, 13));
        assertThat(NumeroFiscal.check("302321760O053").problems())
                .containsExactly(Problem.of("nif.character", "O", 10));
        assertThat(NumeroFiscal.check("9701987765218").problems()).containsExactly(Problem.of("nif.first-digit", "9"));
        assertThat(NumeroFiscal.check("0000000000000").problems()).containsExactly(Problem.of("nif.zero"));
        assertThat(NumeroFiscal.check("3023217600054").problems()).containsExactly(Problem.of("nif.check", "054"));
        assertThat(NumeroFiscal.check("").problems()).containsExactly(Problem.of("nif.empty"));
    }
}
