package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A read within a minute of the stored last access writes nothing; a later one, or any change,
 * does; and a new session is kept that minute longer, so none ends before 30 idle minutes.
 * On the application's database, through the repository Spring Session's filter uses.
 */
@SpringBootTest
class SessionTouchesTest {

    @Autowired
    SessionRepository<?> repository;

    @Autowired
    JdbcClient jdbc;

    String id;

    @SuppressWarnings("unchecked")
    SessionRepository<Session> sessions() {
        return (SessionRepository<Session>) (SessionRepository<?>) repository;
    }

    @AfterEach
    void forget() {
        if (id != null) {
            sessions().deleteById(id);
        }
    }

    Session stored() {
        Session created = sessions().createSession();
        sessions().save(created);
        id = created.getId();
        return created;
    }

    long storedLastAccess() {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    @Test
    void aReadWithinTheIntervalWritesNoLastAccess() {
        Instant created = stored().getLastAccessedTime();

        Session read = sessions().findById(id);
        read.setLastAccessedTime(created.plusSeconds(59));
        sessions().save(read);
        assertThat(storedLastAccess()).isEqualTo(created.toEpochMilli());

        Session later = sessions().findById(id);
        later.setLastAccessedTime(created.plusSeconds(60));
        sessions().save(later);
        assertThat(storedLastAccess()).isEqualTo(created.plusSeconds(60).toEpochMilli());
    }

    @Test
    void aChangeIsSavedEvenWhenTheLastAccessIsNot() {
        Instant created = stored().getLastAccessedTime();

        Session read = sessions().findById(id);
        read.setLastAccessedTime(created.plusSeconds(5));
        read.setAttribute("practice.journey", "changed");
        sessions().save(read);

        assertThat((String) sessions().findById(id).getAttribute("practice.journey"))
                .isEqualTo("changed");
        assertThat(storedLastAccess()).isEqualTo(created.toEpochMilli());
    }

    @Test
    void aNewSessionIsKeptTheIntervalLongerThanTheTimeout() {
        Session created = stored();

        assertThat(created.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(31));
        long expiry = jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(Instant.ofEpochMilli(expiry))
                .isEqualTo(created.getLastAccessedTime()
                        .plus(31, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void anIdChangeIsSaved() {
        stored();
        Session read = sessions().findById(id);
        String old = id;
        id = read.changeSessionId();
        sessions().save(read);

        assertThat(sessions().findById(old)).isNull();
        assertThat(sessions().findById(id)).isNotNull();
    }
}
