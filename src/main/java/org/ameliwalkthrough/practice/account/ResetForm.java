package org.ameliwalkthrough.practice.account;

import static org.ameliwalkthrough.identifiers.IdentifierKind.PASSWORD;

import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.Required;
import org.ameliwalkthrough.identifiers.ValidIdentifier;

/** The new password, from the reset link (whose token travels back in a hidden field, never in the session). */
@PasswordsMatch
public record ResetForm(
        @Size(max = 64) String token,

        @Required(message = "{practice.password.password.required}") @Size(max = 64) @ValidIdentifier(PASSWORD)
        String password,

        @Required(message = "{practice.password.confirmation.required}") @Size(max = 64)
        String confirmation)
        implements NewPassword {

    @Override
    public String toString() {
        return "ResetForm[hidden]";
    }
}
