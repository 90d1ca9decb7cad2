package org.ameliwalkthrough.practice.steps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.ValidAmeliPassword;

/** Screen 5: the password and its confirmation. Never re-displayed, never kept: only its hash is. */
@PasswordsMatch
public record PasswordForm(
        @NotBlank(message = "{practice.password.password.required}") @Size(max = 64) @ValidAmeliPassword
        String password,

        @NotBlank(message = "{practice.password.confirmation.required}") @Size(max = 64)
        String confirmation) {

    @Override
    public String toString() {
        return "PasswordForm[hidden]";
    }
}
