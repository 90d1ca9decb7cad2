package org.ameliwalkthrough.practice.oidc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;

/**
 * ameli looks the FranceConnect identity up in its own register: birth name, given names, sex, date,
 * and place (in France) or country (abroad) of birth must all agree. Names are compared without case
 * or accents, as registers written by different offices differ in both.
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
        return plain(p.birthName()).equals(plain(id.familyName()))
                && plain(p.firstNames()).equals(plain(id.givenName()))
                && ("F".equals(p.sex()) ? "female" : "male").equals(id.gender())
                && p.birthDate().toString().equals(id.birthdate())
                && place.equals(id.birthplace() == null ? "" : id.birthplace())
                && p.birthCountryCode().equals(id.birthcountry());
    }

    static String plain(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[\\s-]+", " ").toUpperCase(Locale.ROOT);
    }
}
