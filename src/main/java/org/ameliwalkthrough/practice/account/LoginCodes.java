package org.ameliwalkthrough.practice.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The login code each practice account is waiting for, as a BCrypt hash, with its wrong entries
 * counted here, per account, not in the session: a new cookie, logging in again while the code is
 * valid, or "resend the code" give no new guesses. Only a voided code (too many wrong, expired)
 * and a new password login start a fresh count.
 */
@Repository
class LoginCodes {

    record LoginCode(String hash, Instant sentAt, int wrongCount) {
        @Override
        public String toString() {
            return "LoginCode[" + sentAt + ", wrong=" + wrongCount + "]"; // never the hash
        }
    }

    private final JdbcClient jdbc;

    LoginCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LoginCode> find(String accountId) {
        return jdbc.sql("SELECT code_hash, sent_at, wrong_count FROM practice_login_code WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> new LoginCode(
                        rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3)))
                .optional();
    }

    /** A new code for the account; a code still waiting keeps its wrong-entry count. */
    void issue(String accountId, String bcryptHash, Instant sentAt) {
        OffsetDateTime at = sentAt.atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE practice_login_code SET code_hash = ?, sent_at = ? WHERE account_id = ?")
                .params(bcryptHash, at, accountId)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql(
                                "INSERT INTO practice_login_code (account_id, code_hash, sent_at, wrong_count) VALUES (?, ?, ?, 0)")
                        .params(accountId, bcryptHash, at)
                        .update();
            } catch (DuplicateKeyException concurrent) {
                issue(accountId, bcryptHash, sentAt);
            }
        }
    }

    /** Counts one wrong entry; returns the account's count for the current code. */
    int wrong(String accountId) {
        jdbc.sql("UPDATE practice_login_code SET wrong_count = wrong_count + 1 WHERE account_id = ?")
                .param(accountId)
                .update();
        return find(accountId).map(LoginCode::wrongCount).orElse(Integer.MAX_VALUE);
    }

    /** The code can no longer be used (right, expired or guessed at too often). */
    void voidCode(String accountId) {
        jdbc.sql("DELETE FROM practice_login_code WHERE account_id = ?")
                .param(accountId)
                .update();
    }
}
