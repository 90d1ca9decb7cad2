package org.ameliwalkthrough.practice.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.ValidNir;

/** The practice ameli login: social security number (13 digits) and password. */
public record LoginForm(
        @NotBlank(message = "{practice.login.nir.required}") @Size(max = 40) @ValidNir
        String nir,

        @NotBlank(message = "{practice.login.password.required}") @Size(max = 64)
        String password) {

    @Override
    public String toString() {
        return "LoginForm[hidden]";
    }
}
