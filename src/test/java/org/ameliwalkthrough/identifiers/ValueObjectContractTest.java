package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every value object promises whatever its kind: equal when the canonical value is, however it
 * was typed, and never to its own string; and {@code toString()} is the kind
 * plus the masked form, never the full value (a postcode, not secret, is shown whole).
 */
class ValueObjectContractTest {

    static Stream<Arguments> kinds() {
        return Stream.of(
                kind(
                        Nir::parse,
                        "1 85 05 78 006 084 91",
                        "1850578006084",
                        "2 88 04 99 132 047 30",
                        "Nir[1 85 05 •• ••• ••• 91]"),
                kind(
                        NumeroFiscal::parse,
                        "30 23 217 600 053",
                        "3023217600053",
                        "1234567890066",
                        "NumeroFiscal[30 •• ••• ••• 053]"),
                kind(
                        Iban::parse,
                        "fr76 3000 6000 0112 3456 7890 189",
                        "FR7630006000011234567890189",
                        "FR2920041010050512345A02137",
                        "Iban[•••• •••• •••• •••• •••• •••0 189]"),
                kind(Postcode::parse, "75 001", "75001", "01000", "Postcode[75001]"),
                kind(
                        CarteVitaleSerial::parse,
                        "123 456 789 01",
                        "12345678901",
                        "98765432109",
                        "CarteVitaleSerial[••••••••901]"),
                kind(
                        PhoneNumber::parse,
                        "06 12 34 56 78",
                        "+33 6 12 34 56 78",
                        "01 47 37 62 24",
                        "PhoneNumber[06 •• •• •• 78]"),
                kind(
                        EmailAddress::parse,
                        " Jane.Doe@EXAMPLE.fr",
                        "Jane.Doe@example.FR",
                        "jane.doe@example.fr",
                        "EmailAddress[J•••@example.fr]"));
    }

    private static Arguments kind(
            Function<String, Identifier> parse, String typed, String sameTypedOtherwise, String other, String printed) {
        return Arguments.of(parse.apply(typed), parse.apply(sameTypedOtherwise), parse.apply(other), printed);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void equalByCanonicalValueOnly(Identifier a, Identifier same, Identifier other, String printed) {
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(a).isNotEqualTo(a.normalized()).isNotEqualTo(null);
        assertThat(a.normalized()).isEqualTo(same.normalized());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void toStringIsTheKindAndTheMaskedForm(Identifier a, Identifier same, Identifier other, String printed) {
        assertThat(a.toString()).isEqualTo(printed).isEqualTo(a.getClass().getSimpleName() + "[" + a.masked() + "]");
        if (!(a instanceof Postcode)) {
            assertThat(a.toString()).doesNotContain(a.normalized());
        }
    }

    @Test
    void aPasswordIsComparedByWhatWasTypedAndNeverPrinted() {
        AmeliPassword password = AmeliPassword.parse("Printemps2024");
        assertThat(password)
                .isEqualTo(AmeliPassword.parse("Printemps2024"))
                .hasSameHashCodeAs(AmeliPassword.parse("Printemps2024"))
                .isNotEqualTo(AmeliPassword.parse("printemps2024A"));
        assertThat(password).hasToString("AmeliPassword[••••••••]");
    }
}
