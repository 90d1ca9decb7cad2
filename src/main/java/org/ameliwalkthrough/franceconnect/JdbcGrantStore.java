package org.ameliwalkthrough.franceconnect;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Authorization codes in {@code franceconnect_code}, shared by every instance on one database. */
@Repository
class JdbcGrantStore implements GrantStore {

    private final JdbcClient jdbc;

    JdbcGrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String codeHash, Grant grant, Instant now) {
        jdbc.sql("DELETE FROM franceconnect_code WHERE expires_at <= ?")
                .param(utc(now))
                .update();
        AuthorizationRequest request = grant.request();
        jdbc.sql("""
                        INSERT INTO franceconnect_code (code_hash, client_id, redirect_uri, nonce, person_id, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        codeHash,
                        request.clientId(),
                        request.redirectUri(),
                        request.nonce(),
                        grant.personId(),
                        utc(grant.expiresAt()))
                .update();
    }

    /**
     * Read, then delete: only the caller whose delete removed the row gets the grant, so two
     * instances redeeming one code at once cannot both succeed (portable: no DELETE … RETURNING).
     */
    @Override
    @Transactional
    public Optional<Grant> take(String codeHash) {
        Optional<Grant> grant = jdbc.sql("""
                        SELECT client_id, redirect_uri, nonce, person_id, expires_at
                        FROM franceconnect_code WHERE code_hash = ?""")
                .param(codeHash)
                .query((rs, n) -> new Grant(
                        new AuthorizationRequest(
                                rs.getString("client_id"), rs.getString("redirect_uri"), null, rs.getString("nonce")),
                        rs.getLong("person_id"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
        if (grant.isEmpty()) {
            return grant;
        }
        int deleted = jdbc.sql("DELETE FROM franceconnect_code WHERE code_hash = ?")
                .param(codeHash)
                .update();
        return deleted == 1 ? grant : Optional.empty();
    }

    /** To the microsecond both databases keep: H2 rounds finer values, which could move an expiry later. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
