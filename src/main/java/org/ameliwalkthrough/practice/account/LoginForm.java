package org.ameliwalkthrough.practice.account;

import static org.ameliwalkthrough.identifiers.IdentifierKind.NIR;

import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.Required;
import org.ameliwalkthrough.identifiers.ValidIdentifier;

/** The practice ameli login: social security number (13 digits) and password. */
public record LoginForm(
        @Required(message = "{practice.login.nir.required}") @Size(max = 40) @ValidIdentifier(NIR)
        String nir,

        @Required(message = "{practice.login.password.required}") @Size(max = 64)
        String password) {

    @Override
    public String toString() {
        return "LoginForm[hidden]";
    }
}
