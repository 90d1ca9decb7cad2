package org.ameliwalkthrough.check;

import org.ameliwalkthrough.identifiers.ValidIban;
import org.ameliwalkthrough.identifiers.ValidNir;
import org.ameliwalkthrough.identifiers.ValidNumeroFiscal;

/** The three numbers people most often mistype on the real sign-up; each one is optional. */
record CheckForm(
        @ValidNir String nir,
        @ValidNumeroFiscal String numeroFiscal,
        @ValidIban String iban) {

    static CheckForm empty() {
        return new CheckForm(null, null, null);
    }

    boolean isEmpty() {
        return isBlank(nir) && isBlank(numeroFiscal) && isBlank(iban);
    }

    static boolean isBlank(String value) {
        return value == null || value.strip().isEmpty();
    }
}
