package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierKindTest {

    @Test
    void theApiOffersExactlyItsDocumentedKinds() {
        assertThat(IdentifierKind.offeredByApi())
                .extracting(IdentifierKind::slug)
                .containsExactly("nir", "numero-fiscal", "iban", "postcode", "phone", "email", "password");
        assertThat(IdentifierKind.fromApiSlug("numero-fiscal")).hasValue(IdentifierKind.NUMERO_FISCAL);
        assertThat(IdentifierKind.fromApiSlug("NIR")).isEmpty();
        assertThat(IdentifierKind.fromApiSlug(null)).isEmpty();
    }

    @Test
    void formOnlyKindsHaveNoApiSlug() {
        for (IdentifierKind kind : List.of(
                IdentifierKind.MOBILE_PHONE,
                IdentifierKind.FRENCH_OR_MONACO_IBAN,
                IdentifierKind.CARTE_VITALE_SERIAL)) {
            assertThat(kind.isOfferedByApi()).as(kind.name()).isFalse();
            assertThat(IdentifierKind.fromApiSlug(kind.slug())).as(kind.slug()).isEmpty();
        }
    }

    @Test
    void formOnlyKindsApplyTheirStricterRule() {
        assertThat(IdentifierKind.PHONE.check("01 47 37 62 24").isValid()).isTrue();
        assertThat(problemCodes(IdentifierKind.MOBILE_PHONE.check("01 47 37 62 24")))
                .containsExactly("phone.not-mobile");
        assertThat(IdentifierKind.IBAN.check("ES9121000418450200051332").isValid())
                .isTrue();
        assertThat(problemCodes(IdentifierKind.FRENCH_OR_MONACO_IBAN.check("ES9121000418450200051332")))
                .containsExactly("iban.not-french");
        assertThat(IdentifierKind.CARTE_VITALE_SERIAL.check("123 456 789 01").isValid())
                .isTrue();
    }

    private static List<String> problemCodes(Checked<?> checked) {
        return checked.problems().stream().map(Problem::code).toList();
    }

    @Test
    void checksAndNormalises() {
        Checked<?> checked = IdentifierKind.IBAN.check("fr76 3000 6000 0112 3456 7890 189");
        assertThat(checked.isValid()).isTrue();
        assertThat(IdentifierKind.IBAN.normalized(checked.value())).hasValue("FR7630006000011234567890189");
        assertThat(IdentifierKind.PHONE.normalized(PhoneNumber.parse("06 12 34 56 78")))
                .hasValue("+33612345678");
    }

    @Test
    void passwordsAreNeverEchoed() {
        Checked<?> checked = IdentifierKind.PASSWORD.check("Printemps2024");
        assertThat(checked.isValid()).isTrue();
        assertThat(IdentifierKind.PASSWORD.normalized(checked.value())).isEmpty();
    }
}
