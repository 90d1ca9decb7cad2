package org.ameliwalkthrough.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session JDBC writes the session row on every request only to move its last-access time,
 * so a page that changes nothing still costs an UPDATE and a commit, and parallel requests of one
 * session queue on that row's lock (a journey page in 32 tabs: 3 pages a second on H2). Here a read
 * moves it only once {@code interval} has passed since the stored time. To keep "ends after 30 idle
 * minutes" true although the stored time may lag the last request by up to {@code interval}, every
 * new session is kept {@code interval} longer: a session ends between 30 and 30 + interval minutes
 * after its last request, never earlier. A change of attributes or id is saved as before.
 */
final class SessionTouches implements FindByIndexNameSessionRepository<Session> {

    private final FindByIndexNameSessionRepository<Session> store;
    private final Duration interval;

    SessionTouches(FindByIndexNameSessionRepository<Session> store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    @Override
    public Session createSession() {
        Session created = store.createSession();
        created.setMaxInactiveInterval(created.getMaxInactiveInterval().plus(interval));
        return new Touched(created, interval);
    }

    @Override
    public void save(Session session) {
        store.save(((Touched) session).stored);
    }

    @Override
    public Session findById(String id) {
        return SessionReads.find(id, known -> {
            Session found = store.findById(known);
            return found == null ? null : new Touched(found, interval);
        });
    }

    @Override
    public void deleteById(String id) {
        SessionReads.forget(id);
        store.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Touched(e.getValue(), interval)));
    }

    /** The stored session, whose last-access time moves only in steps of at least {@code interval}. */
    private static final class Touched implements Session {

        private final Session stored;
        private final Duration interval;

        Touched(Session stored, Duration interval) {
            this.stored = stored;
            this.interval = interval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(interval))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration maxInactiveInterval) {
            stored.setMaxInactiveInterval(maxInactiveInterval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
