package org.ameliwalkthrough.practice.steps;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;

/**
 * Looks the person up the way ameli does: by the 13 characters of the social security number, then
 * the names and date of birth must agree. ameli only says "erronées"; we also say which field most
 * likely holds the typo.
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

    Result lookUp(IdentityForm form, String nir13) {
        Optional<PracticePerson> byNir = records.findByNir13(nir13);
        if (byNir.isEmpty()) {
            return new Result(null, "nir", "practice.identity.hint.nir");
        }
        PracticePerson p = byNir.get();
        if (!same(form.lastName(), p.birthName())) {
            boolean usedUsualName = p.usualName() != null && same(form.lastName(), p.usualName());
            return new Result(
                    null,
                    "lastName",
                    usedUsualName ? "practice.identity.hint.birthName" : "practice.identity.hint.lastName");
        }
        if (!same(form.firstName(), p.firstNames())
                && !same(form.firstName(), p.firstNames().split(" ")[0])) {
            return new Result(null, "firstName", "practice.identity.hint.firstName");
        }
        if (!p.birthDate().equals(form.getBirthDate())) {
            return new Result(null, "birthDate", "practice.identity.hint.birthDate");
        }
        if (!p.postcode().equals(form.postcode().replaceAll("\\s", ""))) {
            return new Result(null, "postcode", "practice.identity.hint.postcode");
        }
        return new Result(p, null, null);
    }

    /** Names compare without case, accents, spaces, hyphens or apostrophes: "Le Brun-Noël" = "LEBRUNNOEL". */
    static boolean same(String typed, String recorded) {
        return typed != null && key(typed).equals(key(recorded));
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}]", "")
                .toUpperCase(Locale.ROOT);
    }
}
