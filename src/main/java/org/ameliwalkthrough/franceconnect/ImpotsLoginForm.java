package org.ameliwalkthrough.franceconnect;

import static org.ameliwalkthrough.identifiers.IdentifierKind.NUMERO_FISCAL;

import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.identifiers.Required;
import org.ameliwalkthrough.identifiers.ValidIdentifier;

/** The practice impots.gouv.fr login form. The password is never echoed back into the page. */
record ImpotsLoginForm(
        @Required(message = "{fc.impots.numeroFiscal.required}") @ValidIdentifier(NUMERO_FISCAL)
        String numeroFiscal,

        @Required(message = "{fc.impots.password.required}") String password) {

    static final ImpotsLoginForm EMPTY = new ImpotsLoginForm(null, null);

    /** The number as a value object, once validation has passed. */
    NumeroFiscal typedNumeroFiscal() {
        return NumeroFiscal.parse(numeroFiscal);
    }

    @Override
    public String toString() {
        return "ImpotsLoginForm[…]";
    }
}
