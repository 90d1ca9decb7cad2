package org.ameliwalkthrough.practice.steps;

import static org.ameliwalkthrough.identifiers.IdentifierKind.NIR;
import static org.ameliwalkthrough.identifiers.IdentifierKind.POSTCODE;

import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.Postcode;
import org.ameliwalkthrough.identifiers.Required;
import org.ameliwalkthrough.identifiers.ValidIdentifier;
import org.ameliwalkthrough.practice.journey.FieldOrder;

/**
 * Screen 1, as ameli asks it and in its order: Nom, numéro de sécurité sociale, date de naissance,
 * code postal. No first name: ameli's screen does not ask one (see docs/content-sources.md).
 */
@ValidBirthDate
@NirMatchesBirthDate
@FieldOrder({"lastName", "nir", "birthDate", "postcode"})
public record IdentityForm(
        @Required(message = "{practice.identity.lastName.required}") @Size(max = 100)
        String lastName,

        @Required(message = "{practice.identity.nir.required}") @Size(max = 40) @ValidIdentifier(NIR)
        String nir,

        String day,
        String month,
        String year,

        @Required(message = "{practice.identity.postcode.required}") @Size(max = 20) @ValidIdentifier(POSTCODE)
        String postcode) {

    static IdentityForm empty() {
        return new IdentityForm(null, null, null, null, null, null);
    }

    /** The answers as value objects; only once validation has passed. */
    TypedIdentity typed() {
        return new TypedIdentity(lastName.strip(), Nir.parse(nir), getBirthDate(), Postcode.parse(postcode));
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
