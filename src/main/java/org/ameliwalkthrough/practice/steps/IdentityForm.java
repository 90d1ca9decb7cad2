package org.ameliwalkthrough.practice.steps;

import static org.ameliwalkthrough.identifiers.IdentifierKind.NIR;
import static org.ameliwalkthrough.identifiers.IdentifierKind.POSTCODE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.Postcode;
import org.ameliwalkthrough.identifiers.Required;
import org.ameliwalkthrough.identifiers.ValidIdentifier;

/** Screen 1, as ameli asks it: names, social security number, date of birth, postcode. */
@ValidBirthDate
@NirMatchesBirthDate
public record IdentityForm(
        @NotBlank(message = "{practice.identity.lastName.required}") @Size(max = 100)
        String lastName,

        @NotBlank(message = "{practice.identity.firstName.required}") @Size(max = 100)
        String firstName,

        @Required(message = "{practice.identity.nir.required}") @Size(max = 40) @ValidIdentifier(NIR)
        String nir,

        String day,
        String month,
        String year,

        @Required(message = "{practice.identity.postcode.required}") @Size(max = 20) @ValidIdentifier(POSTCODE)
        String postcode) {

    static IdentityForm empty() {
        return new IdentityForm(null, null, null, null, null, null, null);
    }

    /** The answers as value objects; only once validation has passed. */
    TypedIdentity typed() {
        return new TypedIdentity(
                lastName.strip(), firstName.strip(), Nir.parse(nir), getBirthDate(), Postcode.parse(postcode));
    }

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
