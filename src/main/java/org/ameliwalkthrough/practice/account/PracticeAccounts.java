package org.ameliwalkthrough.practice.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Practice accounts in the database. Timestamps are stored in UTC. */
@Repository
public class PracticeAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    PracticeAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void create(PracticeAccount a) {
        jdbc.sql("""
                        INSERT INTO practice_account (id, journey_id, person_slug, masked_nir, masked_email,
                            password_hash, link_token, link_expires_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.journeyId(), a.personSlug(), a.maskedNir(), a.maskedEmail(), a.passwordHash())
                .param(a.linkTokenHash())
                .param(utc(a.linkExpiresAt()))
                .param(utc(clock.instant()))
                .update();
    }

    public Optional<PracticeAccount> findById(String id) {
        return jdbc.sql("SELECT * FROM practice_account WHERE id = ?")
                .param(id)
                .query(PracticeAccounts::account)
                .optional();
    }

    /** The account whose link carries this token: the database holds only the token's SHA-256. */
    public Optional<PracticeAccount> findByLinkToken(String token) {
        return jdbc.sql("SELECT * FROM practice_account WHERE link_token = ?")
                .param(Tokens.sha256(token))
                .query(PracticeAccounts::account)
                .optional();
    }

    public void activate(String id, Instant at) {
        jdbc.sql("UPDATE practice_account SET activated_at = ? WHERE id = ?")
                .params(utc(at), id)
                .update();
    }

    public void changePassword(String id, String bcryptHash) {
        jdbc.sql("UPDATE practice_account SET password_hash = ? WHERE id = ?")
                .params(bcryptHash, id)
                .update();
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM practice_account WHERE id = ?").param(id).update();
    }

    /** Removes accounts created before the given real time; returns how many went. */
    public int purgeCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM practice_account WHERE created_at < ?")
                .param(utc(cutoff))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static PracticeAccount account(ResultSet rs, int row) throws SQLException {
        OffsetDateTime activated = rs.getObject("activated_at", OffsetDateTime.class);
        return new PracticeAccount(
                rs.getString("id"),
                rs.getString("journey_id"),
                rs.getString("person_slug"),
                rs.getString("masked_nir"),
                rs.getString("masked_email"),
                rs.getString("password_hash"),
                rs.getString("link_token"),
                rs.getObject("link_expires_at", OffsetDateTime.class).toInstant(),
                activated == null ? null : activated.toInstant());
    }
}
