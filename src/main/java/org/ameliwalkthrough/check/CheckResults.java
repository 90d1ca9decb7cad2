package org.ameliwalkthrough.check;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.Iban;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.Normalizer;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.springframework.stereotype.Component;

/**
 * What a valid number tells, read back to the user in words so they can compare it with their
 * documents ("born in May 1985, in département 78"). Values are shown masked.
 */
@Component
class CheckResults {

    record Fact(String key, Object... args) {}

    record Result(String field, String labelKey, String masked, List<Fact> facts) {}

    Optional<Result> nir(String raw, Locale locale) {
        if (Normalizer.isBlank(raw)) {
            return Optional.empty();
        }
        Nir nir = Nir.parse(raw);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(nir.sex() == Nir.Sex.FEMALE ? "check.nir.sex.female" : "check.nir.sex.male"));
        nir.month()
                .ifPresentOrElse(
                        month -> facts.add(new Fact(
                                "check.nir.born", Month.of(month).getDisplayName(TextStyle.FULL, locale), nir.year())),
                        () -> facts.add(new Fact("check.nir.bornUnknownMonth", nir.year())));
        if (nir.isBornAbroad()) {
            facts.add(new Fact("check.nir.place.abroad", nir.country().orElse("")));
        } else if (nir.isCorsica()) {
            facts.add(new Fact("check.nir.place.corsica", nir.place()));
        } else if (nir.isOverseas()) {
            facts.add(new Fact("check.nir.place.overseas", nir.place()));
        } else {
            facts.add(new Fact("check.nir.place.mainland", nir.place()));
        }
        facts.add(new Fact(nir.keyWasTyped() ? "check.nir.keyMatches" : "check.nir.keyComputed", nir.key()));
        return Optional.of(new Result("nir", "check.nir.label", nir.masked(), facts));
    }

    Optional<Result> numeroFiscal(String raw) {
        if (Normalizer.isBlank(raw)) {
            return Optional.empty();
        }
        NumeroFiscal number = NumeroFiscal.parse(raw);
        return Optional.of(new Result(
                "numeroFiscal",
                "check.numeroFiscal.label",
                number.masked(),
                List.of(new Fact("check.numeroFiscal.ok"))));
    }

    Optional<Result> iban(String raw) {
        if (Normalizer.isBlank(raw)) {
            return Optional.empty();
        }
        Iban iban = Iban.parse(raw);
        List<Fact> facts = new ArrayList<>();
        if (iban.isFrenchOrMonaco()) {
            facts.add(new Fact(
                    "check.iban.french",
                    iban.bank().orElseThrow(),
                    iban.branch().orElseThrow(),
                    iban.ribKey().orElseThrow()));
            facts.add(new Fact("check.iban.lastSeven", iban.lastSeven()));
        } else {
            facts.add(new Fact("check.iban.foreign", iban.country()));
        }
        return Optional.of(new Result("iban", "check.iban.label", iban.masked(), facts));
    }
}
