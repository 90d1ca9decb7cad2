package org.ameliwalkthrough.troubleshooting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;

/**
 * Which blocker a practice person rehearses, as their records say: the simulator shows it where
 * the person's route is explained, and the "Something went wrong?" page links each blocker to the
 * personas who rehearse it. One source (the records), so the two cannot disagree.
 */
@Component
public class BlockerAdvisor {

    private final PracticeRecords records;

    BlockerAdvisor(PracticeRecords records) {
        this.records = records;
    }

    public Optional<Blocker> forPerson(PracticePerson person) {
        return person.blocker() == null ? Optional.empty() : Blocker.byAnchor(person.blocker());
    }

    /** The personas' slugs per blocker, in the records' order. */
    Map<Blocker, List<String>> rehearsedBy() {
        return records.findAllPersonas().stream()
                .filter(p -> forPerson(p).isPresent())
                .collect(Collectors.groupingBy(
                        p -> forPerson(p).orElseThrow(),
                        Collectors.mapping(PracticePerson::slug, Collectors.toList())));
    }
}
