package org.ameliwalkthrough.franceconnect;

import java.time.Instant;
import java.util.Optional;

/**
 * Where issued authorization codes wait for their callback: the database in the application (so
 * every instance sees them), a map in controller slices. Keys are hashes of the codes, never codes.
 */
interface GrantStore {

    record Grant(AuthorizationRequest request, long personId, Instant expiresAt) {}

    void put(String codeHash, Grant grant, Instant now);

    /** Removes and returns the grant; empty when unknown or already taken by someone else. */
    Optional<Grant> take(String codeHash);
}
