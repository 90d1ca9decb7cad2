package org.ameliwalkthrough.franceconnect;

import jakarta.validation.constraints.NotBlank;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.identifiers.ValidNumeroFiscal;

/** The practice impots.gouv.fr login form. The password is never echoed back into the page. */
record ImpotsLoginForm(
        @NotBlank(message = "{fc.impots.numeroFiscal.required}") @ValidNumeroFiscal
        String numeroFiscal,

        @NotBlank(message = "{fc.impots.password.required}") String password) {

    static final ImpotsLoginForm EMPTY = new ImpotsLoginForm(null, null);

    /** The 13 digits, once validation has passed. */
    String normalisedNumeroFiscal() {
        return NumeroFiscal.parse(numeroFiscal).normalized();
    }

    @Override
    public String toString() {
        return "ImpotsLoginForm[…]";
    }
}
