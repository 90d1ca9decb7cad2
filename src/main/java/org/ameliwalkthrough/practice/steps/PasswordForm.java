package org.ameliwalkthrough.practice.steps;

import static org.ameliwalkthrough.identifiers.IdentifierKind.PASSWORD;

import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.Required;
import org.ameliwalkthrough.identifiers.ValidIdentifier;
import org.ameliwalkthrough.practice.account.NewPassword;
import org.ameliwalkthrough.practice.account.PasswordsMatch;

/** Screen 5: the password and its confirmation. Never re-displayed, never kept: only its hash is. */
@PasswordsMatch
public record PasswordForm(
        @Required(message = "{practice.password.password.required}") @Size(max = 64) @ValidIdentifier(PASSWORD)
        String password,

        @Required(message = "{practice.password.confirmation.required}") @Size(max = 64)
        String confirmation)
        implements NewPassword {

    @Override
    public String toString() {
        return "PasswordForm[hidden]";
    }
}
