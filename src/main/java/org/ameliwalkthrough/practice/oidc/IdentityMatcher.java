package org.ameliwalkthrough.practice.oidc;

import java.util.Optional;
import org.ameliwalkthrough.identifiers.PersonNames;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;

/**
 * ameli looks the FranceConnect identity up in its own register: birth name, given names, sex, date,
 * and place (in France) or country (abroad) of birth must all agree. Names are compared as the
 * identity screen compares them ({@link PersonNames}), as registers written by different offices differ.
 */
@Component
class IdentityMatcher {

    private final PracticeRecords records;

    IdentityMatcher(PracticeRecords records) {
        this.records = records;
    }

    Optional<PracticePerson> find(VerifiedIdentity identity) {
        return records.findAllPersonas().stream()
                .filter(p -> matches(p, identity))
                .findFirst();
    }

    static boolean matches(PracticePerson p, VerifiedIdentity id) {
        String place = p.isBornAbroad() ? "" : p.birthplaceCode();
        return PersonNames.same(id.familyName(), p.birthName())
                && PersonNames.same(id.givenName(), p.firstNames())
                && p.sex() == id.sex()
                && p.birthDate().toString().equals(id.birthdate())
                && place.equals(id.birthplace() == null ? "" : id.birthplace())
                && p.birthCountryCode().equals(id.birthcountry());
    }
}
