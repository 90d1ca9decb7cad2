package org.ameliwalkthrough.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.sql.DataSource;
import org.ameliwalkthrough.franceconnect.MutableClock;
import org.ameliwalkthrough.support.DatabaseTraces;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, "then its learners' journeys and its counts are purged": after the close and after the
 * 12-hour end, no table holds the learner's id, and the workshop's id only in its own row, which is
 * kept a day so its code says "ended" (WorkshopLife.REMEMBER_CLOSED), then goes too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WorkshopMvcTest.Clocks.class)
class WorkshopTracesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Autowired
    WorkshopLife life;

    PracticeSession volunteer;
    PracticeSession learner;
    String board;
    String workshopId;
    String learnerId;

    /** A route-1 learner with a wrong IBAN: a journey in the session, mistakes and an attempt count. */
    @BeforeEach
    void aLearnerWithAMistake() throws Exception {
        PracticeData.forgetAttempts(jdbc);
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        volunteer = new PracticeSession(mvc);
        board = volunteer
                .post("/workshop", "language", "en", "personaSet", "ROUTE_1", "size", "40")
                .getRedirectedUrl()
                .replaceAll("\\?.*", "");
        String code = volunteer.page(board).getElementById("join-code").text();
        learner = new PracticeSession(mvc);
        assertThat(learner.post("/join", "code", code, "name", "Grey heron").getRedirectedUrl())
                .isEqualTo("/join/welcome");
        workshopId = jdbc.sql("SELECT id FROM workshop WHERE join_code = ? AND closed_at IS NULL")
                .param(code)
                .query(String.class)
                .single();
        learnerId = jdbc.sql("SELECT id FROM workshop_learner WHERE workshop_id = ?")
                .param(workshopId)
                .query(String.class)
                .single();
        jdbc.sql("UPDATE workshop_learner SET persona_slug = 'emma' WHERE id = ?")
                .param(learnerId)
                .update();
        learner.post("/practice/persona", "persona", "emma");
        learner.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        learner.get("/practice/iban");
        assertThat(learner.post("/practice/iban", "lastSeven", "5A02138").getStatus())
                .isEqualTo(422);

        // The scan sees every place the ids live while the workshop runs.
        assertThat(DatabaseTraces.mentioning(dataSource, learnerId))
                .containsOnlyKeys(
                        "workshop_learner", "practice_check_attempt", "spring_session", "spring_session_attributes");
        assertThat(DatabaseTraces.mentioning(dataSource, workshopId))
                .containsOnlyKeys("workshop", "workshop_learner", "workshop_mistake");
    }

    @Test
    void afterTheCloseOnlyTheWorkshopsOwnRowIsLeftAndNoLearnerId() throws Exception {
        volunteer.post(board + "/close");
        onlyTheWorkshopsRowUntilADayLater();
    }

    @Test
    void afterThe12HourEndAndADayNothingOfTheWorkshopIsLeft() throws Exception {
        clock.advance(Workshops.LIFETIME);
        life.purge();
        onlyTheWorkshopsRowUntilADayLater();
    }

    private void onlyTheWorkshopsRowUntilADayLater() throws Exception {
        assertThat(DatabaseTraces.mentioning(dataSource, learnerId)).isEmpty();
        assertThat(DatabaseTraces.mentioning(dataSource, workshopId)).containsExactly(Map.entry("workshop", 1));
        // the session still knows the workshop ended, without knowing who the learner was
        assertThat(learner.get("/practice/iban").getRedirectedUrl()).isEqualTo("/join/ended");

        clock.advance(WorkshopLife.REMEMBER_CLOSED.plusMinutes(1));
        life.purge();
        assertThat(DatabaseTraces.mentioning(dataSource, workshopId, learnerId)).isEmpty();
    }
}
