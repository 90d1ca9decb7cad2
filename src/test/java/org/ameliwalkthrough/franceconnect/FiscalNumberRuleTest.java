package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalNumberRuleTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "3023217600053, none",
                "30 23 217 600 053, none",
                "3729488324303, none", // persona david
                "'', fc.impots.numeroFiscal.required",
                "302321760005, fc.impots.numeroFiscal.length",
                "30232176000531, fc.impots.numeroFiscal.length",
                "30232176OO053, fc.impots.numeroFiscal.length",
                "4023217600053, fc.impots.numeroFiscal.firstDigit",
                "3023217600054, fc.impots.numeroFiscal.key",
                "0000000000000, fc.impots.numeroFiscal.key"
            })
    void eachBrokenRuleHasItsOwnMessage(String raw, String expectedKey) {
        assertThat(FiscalNumberRule.Validator.problem(raw)).isEqualTo(expectedKey);
    }
}
