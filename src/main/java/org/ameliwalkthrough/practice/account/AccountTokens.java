package org.ameliwalkthrough.practice.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The practice account's other random tokens: password-reset links and trusted-device cookies. The
 * token goes to the user (in an e-mail, in a cookie); the database keeps only its SHA-256.
 */
@Repository
class AccountTokens {

    private final JdbcClient jdbc;

    AccountTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new reset link's token, valid until the given (journey) time; older ones for the account go. */
    String newReset(String accountId, Instant expiresAt) {
        jdbc.sql("DELETE FROM practice_password_reset WHERE account_id = ?")
                .param(accountId)
                .update();
        String token = Tokens.random();
        jdbc.sql("INSERT INTO practice_password_reset (token_hash, account_id, expires_at) VALUES (?, ?, ?)")
                .params(Tokens.sha256(token), accountId, utc(expiresAt))
                .update();
        return token;
    }

    /** When the reset link with this token expires, if it is the account's and not used yet. */
    Optional<Instant> resetExpiry(String accountId, String token) {
        return jdbc.sql("SELECT expires_at FROM practice_password_reset WHERE token_hash = ? AND account_id = ?")
                .params(Tokens.sha256(token), accountId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    void resetUsed(String accountId) {
        jdbc.sql("DELETE FROM practice_password_reset WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /** A new trusted-device cookie's token for the account. */
    String trust(String accountId, Instant until) {
        String token = Tokens.random();
        jdbc.sql("INSERT INTO practice_trusted_device (token_hash, account_id, trusted_until) VALUES (?, ?, ?)")
                .params(Tokens.sha256(token), accountId, utc(until))
                .update();
        return token;
    }

    boolean trusted(String accountId, String token, Instant now) {
        return jdbc.sql("SELECT trusted_until FROM practice_trusted_device WHERE token_hash = ? AND account_id = ?")
                .params(Tokens.sha256(token), accountId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional()
                .filter(now::isBefore)
                .isPresent();
    }

    /** A new password makes every trusted device ask for a code again. */
    void forgetDevices(String accountId) {
        jdbc.sql("DELETE FROM practice_trusted_device WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
