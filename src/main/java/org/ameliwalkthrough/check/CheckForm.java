package org.ameliwalkthrough.check;

import static org.ameliwalkthrough.identifiers.IdentifierKind.IBAN;
import static org.ameliwalkthrough.identifiers.IdentifierKind.NIR;
import static org.ameliwalkthrough.identifiers.IdentifierKind.NUMERO_FISCAL;

import org.ameliwalkthrough.identifiers.Normalizer;
import org.ameliwalkthrough.identifiers.ValidIdentifier;

/** The three numbers people most often mistype on the real sign-up; each one is optional. */
record CheckForm(
        @ValidIdentifier(NIR) String nir,
        @ValidIdentifier(NUMERO_FISCAL) String numeroFiscal,
        @ValidIdentifier(IBAN) String iban) {

    static CheckForm empty() {
        return new CheckForm(null, null, null);
    }

    /** Nothing typed in any box: blank-looking characters (U+00A0, U+200B…) count as nothing. */
    boolean isEmpty() {
        return Normalizer.isBlank(nir) && Normalizer.isBlank(numeroFiscal) && Normalizer.isBlank(iban);
    }
}
