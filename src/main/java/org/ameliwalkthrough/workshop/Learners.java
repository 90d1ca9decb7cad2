package org.ameliwalkthrough.workshop;

import static org.ameliwalkthrough.workshop.Workshops.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The learners of each workshop and the room's mistake counts (which name no learner). */
@Repository
class Learners {

    private final JdbcClient jdbc;
    private final Clock clock;

    Learners(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Learner add(String workshopId, String displayName, String personaSlug) {
        OffsetDateTime now = utc(clock.instant());
        String id = WorkshopTokens.id(8);
        jdbc.sql("""
                        INSERT INTO workshop_learner (id, workshop_id, display_name, persona_slug, step_mistakes,
                                                      step_kinds, last_progress_at, finished, joined_at)
                        VALUES (?, ?, ?, ?, 0, '', ?, FALSE, ?)""").params(id, workshopId, displayName, personaSlug, now, now).update();
        return find(id).orElseThrow();
    }

    Optional<Learner> find(String id) {
        return jdbc.sql("SELECT * FROM workshop_learner WHERE id = ?")
                .param(id)
                .query(Learners::row)
                .optional();
    }

    List<Learner> of(String workshopId) {
        return jdbc.sql("SELECT * FROM workshop_learner WHERE workshop_id = ? ORDER BY joined_at, id")
                .param(workshopId)
                .query(Learners::row)
                .list();
    }

    int count(String workshopId) {
        return jdbc.sql("SELECT COUNT(*) FROM workshop_learner WHERE workshop_id = ?")
                .param(workshopId)
                .query(Integer.class)
                .single();
    }

    /** How many learners have each persona, for handing out the least used. */
    Map<String, Long> personaCounts(String workshopId) {
        return jdbc
                .sql("SELECT persona_slug FROM workshop_learner WHERE workshop_id = ?")
                .param(workshopId)
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    /** The learner is on this step now: a new step resets the mistakes and counts as progress. */
    void onStep(Learner learner, String stepSlug, String route, boolean finished) {
        if (stepSlug.equals(learner.stepSlug())) {
            jdbc.sql("UPDATE workshop_learner SET route = ?, finished = ? WHERE id = ?")
                    .params(route, finished || learner.finished(), learner.id())
                    .update();
            return;
        }
        jdbc.sql("""
                        UPDATE workshop_learner SET step_slug = ?, route = ?, step_mistakes = 0, step_kinds = '',
                                                    last_progress_at = ?, finished = ? WHERE id = ?""")
                .params(stepSlug, route, utc(clock.instant()), finished || learner.finished(), learner.id())
                .update();
    }

    /** The learner chose another persona: a new start, so the old persona's step, mistakes and finish go. */
    void personaChanged(Learner learner, String personaSlug) {
        jdbc.sql("""
                        UPDATE workshop_learner SET persona_slug = ?, route = NULL, step_slug = NULL, step_mistakes = 0,
                                                    step_kinds = '', last_progress_at = ?, finished = FALSE WHERE id = ?""").params(personaSlug, utc(clock.instant()), learner.id()).update();
    }

    /** A step done is progress, even before the next page is shown. */
    void progressed(Learner learner) {
        jdbc.sql("UPDATE workshop_learner SET last_progress_at = ? WHERE id = ?")
                .params(utc(clock.instant()), learner.id())
                .update();
    }

    /** One refusal: one mistake at the learner's step, its kinds remembered, and each reason counted for the room. */
    @Transactional
    void mistake(Learner learner, List<String> reasons) {
        String step = learner.stepSlug() == null ? "documents" : learner.stepSlug();
        Set<String> kinds = new LinkedHashSet<>(learner.stepKinds());
        kinds.addAll(reasons);
        String joined = String.join(",", kinds);
        jdbc.sql("UPDATE workshop_learner SET step_mistakes = step_mistakes + 1, step_kinds = ? WHERE id = ?")
                .params(
                        joined.length() > 400 ? joined.substring(0, joined.lastIndexOf(',', 400)) : joined,
                        learner.id())
                .update();
        for (String reason : new LinkedHashSet<>(reasons)) {
            count(learner.workshopId(), step, reason);
        }
    }

    private void count(String workshopId, String step, String reason) {
        String code = reason.length() > 60 ? reason.substring(0, 60) : reason;
        String increment = """
                UPDATE workshop_mistake SET mistake_count = mistake_count + 1
                WHERE workshop_id = ? AND step_slug = ? AND reason_code = ?""";
        if (jdbc.sql(increment).params(workshopId, step, code).update() == 0) {
            try {
                jdbc.sql("""
                                INSERT INTO workshop_mistake (workshop_id, step_slug, reason_code, mistake_count)
                                VALUES (?, ?, ?, 1)""").params(workshopId, step, code).update();
            } catch (DuplicateKeyException concurrentFirst) {
                jdbc.sql(increment).params(workshopId, step, code).update();
            }
        }
    }

    /** The room's mistakes by reason, commonest first. */
    List<Count> mistakes(String workshopId) {
        return jdbc.sql("""
                        SELECT reason_code, SUM(mistake_count) AS total FROM workshop_mistake WHERE workshop_id = ?
                        GROUP BY reason_code ORDER BY total DESC, reason_code""")
                .param(workshopId)
                .query((rs, n) -> new Count(rs.getString(1), rs.getInt(2)))
                .list();
    }

    record Count(String code, int count) {}

    /** Forgets the workshop's learners and counts (closing, expiry). */
    @Transactional
    int purge(String workshopId) {
        return jdbc.sql("DELETE FROM workshop_mistake WHERE workshop_id = ?")
                        .param(workshopId)
                        .update()
                + jdbc.sql("DELETE FROM workshop_learner WHERE workshop_id = ?")
                        .param(workshopId)
                        .update();
    }

    private static Learner row(ResultSet rs, int n) throws SQLException {
        String kinds = rs.getString("step_kinds");
        return new Learner(
                rs.getString("id"),
                rs.getString("workshop_id"),
                rs.getString("display_name"),
                rs.getString("persona_slug"),
                rs.getString("route"),
                rs.getString("step_slug"),
                rs.getInt("step_mistakes"),
                kinds.isEmpty() ? List.of() : Arrays.asList(kinds.split(",")),
                rs.getObject("last_progress_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("finished"));
    }
}
