package org.ameliwalkthrough.practice.account;

import static org.ameliwalkthrough.identifiers.IdentifierKind.NIR;

import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.ameliwalkthrough.identifiers.Required;
import org.ameliwalkthrough.identifiers.ValidIdentifier;

/** "Mot de passe oublié": ameli asks the social security number and the date of birth. */
public record ForgotForm(
        @Required(message = "{practice.login.nir.required}") @Size(max = 40) @ValidIdentifier(NIR)
        String nir,

        @Size(max = 4) String day,
        @Size(max = 4) String month,
        @Size(max = 6) String year) {

    /** The date typed, or null when the boxes do not make a real date (a bean getter: errors bind to it). */
    public LocalDate getBirthDate() {
        try {
            return LocalDate.of(
                    Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NullPointerException | NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
