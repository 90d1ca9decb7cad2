package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two requests of one session that both add the same attribute (a double submit of the persona
 * form) each save it: without the upsert the second save fails on the attributes' primary key.
 * Runs on the application's database (H2, or PostgreSQL with the postgres profile).
 */
@SpringBootTest
class SessionUpsertTest {

    /** Spring Session's JDBC repository, behind {@link SessionTouches}, as Spring Session's filter sees it. */
    @Autowired
    SessionRepository<?> repository;

    /** The JDBC session type is package-private: the tests see it as a plain {@link Session}. */
    @SuppressWarnings("unchecked")
    SessionRepository<Session> sessions() {
        return (SessionRepository<Session>) (SessionRepository<?>) repository;
    }

    @Test
    void twoCopiesOfOneSessionBothAddingAnAttributeBothSave() {
        var sessions = sessions();
        Session created = sessions.createSession();
        sessions.save(created);
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());

        first.setAttribute("practice.journey", "first");
        sessions.save(first);
        second.setAttribute("practice.journey", "second");
        sessions.save(second);

        assertThat((String) sessions.findById(created.getId()).getAttribute("practice.journey"))
                .isEqualTo("second");
        sessions.deleteById(created.getId());
    }

    @Test
    void manyParallelCopiesAddingAttributesNeverFail() throws Exception {
        var sessions = sessions();
        Session created = sessions.createSession();
        sessions.save(created);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                String name = "attribute-" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> saves = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int copy = i;
                    saves.add(pool.submit(() -> {
                        Session mine = sessions.findById(created.getId());
                        go.await();
                        mine.setAttribute(name, "copy " + copy);
                        sessions.save(mine);
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> save : saves) {
                    save.get(); // rethrows a DuplicateKeyException
                }
                assertThat((String) sessions.findById(created.getId()).getAttribute(name))
                        .startsWith("copy ");
            }
        } finally {
            pool.shutdownNow();
            sessions.deleteById(created.getId());
        }
    }
}
