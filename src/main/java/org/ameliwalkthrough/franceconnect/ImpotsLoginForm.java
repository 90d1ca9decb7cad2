package org.ameliwalkthrough.franceconnect;

import jakarta.validation.constraints.NotBlank;

/** The practice impots.gouv.fr login form. The password is never echoed back into the page. */
record ImpotsLoginForm(
        @FiscalNumberRule String numeroFiscal,
        @NotBlank(message = "{fc.impots.password.required}") String password) {

    static final ImpotsLoginForm EMPTY = new ImpotsLoginForm(null, null);

    ImpotsLoginForm withoutPassword() {
        return new ImpotsLoginForm(numeroFiscal, null);
    }

    @Override
    public String toString() {
        return "ImpotsLoginForm[…]";
    }
}
