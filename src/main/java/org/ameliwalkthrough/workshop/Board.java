package org.ameliwalkthrough.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;

/** What the board and the debrief show, read from the learners' rows: display names, steps and counts only. */
@Component
class Board {

    /** One learner's row; stuck ones come first. */
    record Row(
            String name,
            String persona,
            String routeKey,
            String stepKey,
            int mistakes,
            List<String> kinds,
            boolean finished,
            boolean stuck) {}

    record Persona(String slug, String name) {}

    /** One kind of mistake the room made, with the explanation and where the number is printed. */
    record Mistake(String label, int count, String explanation, String where) {}

    private final Learners learners;
    private final PracticeRecords records;
    private final JourneyDefinition definition;
    private final MistakeKinds kinds;
    private final Clock clock;

    Board(Learners learners, PracticeRecords records, JourneyDefinition definition, MistakeKinds kinds, Clock clock) {
        this.learners = learners;
        this.records = records;
        this.definition = definition;
        this.kinds = kinds;
        this.clock = clock;
    }

    List<Row> rows(Workshop workshop, Locale locale) {
        Instant now = clock.instant();
        Map<String, PracticePerson> personas = personas();
        return learners.of(workshop.id()).stream()
                .map(l -> row(l, personas.get(l.personaSlug()), now, locale))
                .sorted(Comparator.comparing((Row r) -> !r.stuck()))
                .toList();
    }

    private Row row(Learner learner, PracticePerson persona, Instant now, Locale locale) {
        String step = learner.stepSlug() == null
                ? null
                : definition.step(learner.stepSlug()).map(s -> s.nameKey()).orElse(null);
        String route = learner.route() != null
                ? learner.route()
                : persona == null ? null : definition.routeFor(persona).name();
        return new Row(
                learner.displayName(),
                persona == null ? learner.personaSlug() : persona.displayName(),
                route == null ? null : "workshop.route." + route,
                step,
                learner.stepMistakes(),
                learner.stepKinds().stream()
                        .map(k -> kinds.label(k, locale))
                        .distinct()
                        .toList(),
                learner.finished(),
                StuckRule.isStuck(learner, now));
    }

    /**
     * The personas the workshop's learners were handed, for the links to their printable packs; before
     * anyone joins, the set's, since packs are printed before the room arrives.
     */
    List<Persona> personasInUse(Workshop workshop) {
        Map<String, PracticePerson> personas = personas();
        List<PracticePerson> inUse = learners.personaCounts(workshop.id()).keySet().stream()
                .map(personas::get)
                .filter(p -> p != null)
                .toList();
        return (inUse.isEmpty() ? handedOut(workshop) : inUse)
                .stream()
                        .sorted(Comparator.comparingInt(PracticePerson::sortOrder))
                        .map(p -> new Persona(p.slug(), p.displayName()))
                        .toList();
    }

    List<Mistake> commonestMistakes(Workshop workshop, Locale locale) {
        Map<String, Mistake> byLabel = new LinkedHashMap<>();
        for (Learners.Count c : learners.mistakes(workshop.id())) {
            String label = kinds.label(c.code(), locale);
            Mistake known = byLabel.get(label);
            byLabel.put(
                    label,
                    known == null
                            ? new Mistake(label, c.count(), kinds.explanation(c.code(), locale), kinds.where(c.code()))
                            : new Mistake(label, known.count() + c.count(), known.explanation(), known.where()));
        }
        return byLabel.values().stream()
                .sorted(Comparator.comparingInt(Mistake::count).reversed())
                .toList();
    }

    /** How many learners finished, by route message key. */
    Map<String, Long> finishedByRoute(List<Row> rows) {
        return rows.stream()
                .filter(Row::finished)
                .collect(Collectors.groupingBy(
                        r -> r.routeKey() == null ? "workshop.route.unknown" : r.routeKey(),
                        LinkedHashMap::new,
                        Collectors.counting()));
    }

    Map<String, PracticePerson> personas() {
        return records.findAllPersonas().stream().collect(Collectors.toMap(PracticePerson::slug, Function.identity()));
    }

    /** The personas a workshop hands out, in the records' order. */
    List<PracticePerson> handedOut(Workshop workshop) {
        return records.findAllPersonas().stream()
                .filter(p -> workshop.personaSet().includes(p, definition))
                .toList();
    }
}
