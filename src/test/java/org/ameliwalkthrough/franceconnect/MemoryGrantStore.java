package org.ameliwalkthrough.franceconnect;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The grant store for tests without a database (controller slices, unit tests of the code rules). */
class MemoryGrantStore implements GrantStore {

    final Map<String, Grant> grants = new ConcurrentHashMap<>();

    @Override
    public void put(String codeHash, Grant grant, Instant now) {
        grants.values().removeIf(g -> !g.expiresAt().isAfter(now));
        grants.put(codeHash, grant);
    }

    @Override
    public Optional<Grant> take(String codeHash) {
        return Optional.ofNullable(grants.remove(codeHash));
    }
}
