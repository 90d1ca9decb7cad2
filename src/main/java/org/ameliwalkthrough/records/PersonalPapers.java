package org.ameliwalkthrough.records;

import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.identifiers.PhoneNumber;

/**
 * What a persona carries besides the numbers ameli keeps on file: an identity document (with the
 * date and place of birth), a home address (on a practice energy bill, with the postcode ameli
 * checks) and their own practice e-mail address and mobile, so the documents page answers every
 * question of the screens. All fictional; the e-mail domain is reserved ({@code example.org}).
 * {@code bank} is the branch their RIB names ("Domiciliation"); null when no bank details are on file.
 */
public record PersonalPapers(
        IdentityDocument identityDocument,
        String street,
        String town,
        EmailAddress email,
        PhoneNumber mobile,
        BankBranch bank) {

    /** The bank branch printed on the RIB: an invented name, and its town. */
    public record BankBranch(String name, String town) {}

    /** The identity document a persona shows: a passport, or a titre de séjour (residence permit). */
    public enum IdentityDocument {
        PASSPORT,
        RESIDENCE_PERMIT
    }
}
