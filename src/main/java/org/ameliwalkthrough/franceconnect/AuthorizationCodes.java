package org.ameliwalkthrough.franceconnect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.ameliwalkthrough.franceconnect.GrantStore.Grant;
import org.ameliwalkthrough.franceconnect.InvalidGrantException.Reason;
import org.springframework.stereotype.Component;

/**
 * One-time authorization codes. Each is bound to the client, redirect URI and nonce of the request
 * that led to it and to the person who consented; it lives {@link #LIFETIME} and can be redeemed
 * once. Kept in a {@link GrantStore} (the database), by hash only, so the callback may reach another
 * instance than the consent did.
 */
@Component
public class AuthorizationCodes {

    /** FranceConnect's reference configuration says 30 s; the brief of this practice site says about 60. */
    public static final Duration LIFETIME = Duration.ofSeconds(60);

    private final GrantStore grants;
    private final Clock clock;

    AuthorizationCodes(GrantStore grants, Clock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    /** A fresh code for this request and person. */
    public String issue(AuthorizationRequest request, long personId) {
        Instant now = clock.instant();
        String code = RandomTokens.next();
        grants.put(hash(code), new Grant(request, personId, now.plus(LIFETIME)), now);
        return code;
    }

    /** A redeemed code for the caller to turn into claims: the person and the nonce it was bound to. */
    public record Redeemed(long personId, String nonce) {}

    /**
     * Takes the code out whatever happens next, so a code that fails once (wrong client, too late)
     * cannot be tried again.
     */
    public Redeemed redeem(String clientId, String code, String redirectUri) {
        Grant grant = code == null ? null : grants.take(hash(code)).orElse(null);
        if (grant == null) {
            throw new InvalidGrantException(Reason.UNKNOWN_OR_USED);
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw new InvalidGrantException(Reason.EXPIRED);
        }
        if (!grant.request().clientId().equals(clientId)
                || !grant.request().redirectUri().equals(redirectUri)) {
            throw new InvalidGrantException(Reason.MISMATCH);
        }
        return new Redeemed(grant.personId(), grant.request().nonce());
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
