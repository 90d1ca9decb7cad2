package org.ameliwalkthrough.practice.account;

import java.time.Instant;

/**
 * A practice account as stored: masked identifiers, a BCrypt hash and the SHA-256 of its link's
 * token (the token itself is only in the e-mail), nothing reusable.
 */
public record PracticeAccount(
        String id,
        String journeyId,
        String personSlug,
        String maskedNir,
        String maskedEmail,
        String passwordHash,
        String linkTokenHash,
        Instant linkExpiresAt,
        Instant activatedAt) {

    public boolean isActivated() {
        return activatedAt != null;
    }

    @Override
    public String toString() {
        return "PracticeAccount[" + id + "]";
    }
}
