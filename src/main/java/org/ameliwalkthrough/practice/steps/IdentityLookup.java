package org.ameliwalkthrough.practice.steps;

import java.util.Optional;
import org.ameliwalkthrough.identifiers.PersonNames;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;

/**
 * Looks the person up the way ameli does: by the 13 characters of the social security number, then
 * the last name, date of birth and postcode must agree. ameli only says "erronées"; we also say which
 * field most likely holds the typo.
 */
@Component
class IdentityLookup {

    /** Found, or not with the field to look at and the teaching hint's message key. */
    record Result(PracticePerson person, String field, String hintKey) {
        boolean found() {
            return person != null;
        }
    }

    private final PracticeRecords records;

    IdentityLookup(PracticeRecords records) {
        this.records = records;
    }

    Result lookUp(TypedIdentity typed) {
        Optional<PracticePerson> byNir = records.findByNir(typed.nir());
        if (byNir.isEmpty()) {
            return new Result(null, "nir", "practice.identity.hint.nir");
        }
        PracticePerson p = byNir.get();
        if (!PersonNames.same(typed.lastName(), p.birthName())) {
            boolean usedUsualName = p.usualName() != null && PersonNames.same(typed.lastName(), p.usualName());
            return new Result(
                    null,
                    "lastName",
                    usedUsualName ? "practice.identity.hint.birthName" : "practice.identity.hint.lastName");
        }
        if (!p.birthDate().equals(typed.birthDate())) {
            return new Result(null, "birthDate", "practice.identity.hint.birthDate");
        }
        if (!p.postcode().equals(typed.postcode())) {
            return new Result(null, "postcode", "practice.identity.hint.postcode");
        }
        return new Result(p, null, null);
    }
}
