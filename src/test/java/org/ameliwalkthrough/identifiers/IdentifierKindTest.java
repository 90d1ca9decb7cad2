package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierKindTest {

    @Test
    void slugsAreTheApiPaths() {
        assertThat(IdentifierKind.values())
                .extracting(IdentifierKind::slug)
                .containsExactly("nir", "numero-fiscal", "iban", "postcode", "phone", "email", "password");
        assertThat(IdentifierKind.fromSlug("numero-fiscal")).hasValue(IdentifierKind.NUMERO_FISCAL);
        assertThat(IdentifierKind.fromSlug("NIR")).isEmpty();
        assertThat(IdentifierKind.fromSlug(null)).isEmpty();
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
