package org.ameliwalkthrough.franceconnect;

import java.util.Optional;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;

/**
 * The practice records as the tax office would search them. Reads through the one hand-written
 * query: the derived look-ups (findById, findByNumeroFiscal) quote an upper-case table name that
 * the default H2 settings (DATABASE_TO_LOWER) do not have. There are only a handful of personas.
 */
@Component
class KnownPeople {

    private final PracticeRecords records;

    KnownPeople(PracticeRecords records) {
        this.records = records;
    }

    Optional<PracticePerson> byNumeroFiscal(String numeroFiscal) {
        return records.findAllPersonas().stream()
                .filter(p -> numeroFiscal.equals(p.numeroFiscal()))
                .findFirst();
    }

    Optional<PracticePerson> byId(long id) {
        return records.findAllPersonas().stream().filter(p -> p.id() == id).findFirst();
    }
}
