package org.ameliwalkthrough.practice.account;

import java.time.Instant;

/** A practice account as stored: masked identifiers and a BCrypt hash, nothing reusable. */
public record PracticeAccount(
        String id,
        String journeyId,
        String personSlug,
        String maskedNir,
        String maskedEmail,
        String passwordHash,
        String linkToken,
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
