package org.ameliwalkthrough.practice.journey;

import java.io.Serializable;
import java.time.LocalDate;
import org.ameliwalkthrough.records.PracticePerson;

/**
 * What the check-answers page shows of the identity step. The social security number is kept
 * masked: the full number stays in the records, never in the session.
 */
public record IdentityAnswers(String lastName, String firstName, String maskedNir, LocalDate birthDate, String postcode)
        implements Serializable {

    /** The identity as the records hold it (e.g. when FranceConnect vouched for the person): every given name. */
    public static IdentityAnswers of(PracticePerson person) {
        return new IdentityAnswers(
                person.birthName(),
                person.firstNames(),
                person.nir().masked(),
                person.birthDate(),
                person.postcode().normalized());
    }
}
