package org.ameliwalkthrough.franceconnect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ameliwalkthrough.franceconnect.InvalidGrantException.Reason;
import org.springframework.stereotype.Component;

/**
 * One-time authorization codes. Each is bound to the client, redirect URI and nonce of the request
 * that led to it and to the person who consented; it lives {@link #LIFETIME} and can be redeemed
 * once. Kept in memory: the simulation runs as one instance, and a lost code just means "start again".
 */
@Component
public class AuthorizationCodes {

    /** FranceConnect's reference configuration says 30 s; the brief of this practice site says about 60. */
    public static final Duration LIFETIME = Duration.ofSeconds(60);

    private record Grant(AuthorizationRequest request, long personId, Instant expiresAt) {}

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Clock clock;

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    /** A fresh code for this request and person. */
    public String issue(AuthorizationRequest request, long personId) {
        Instant now = clock.instant();
        grants.values().removeIf(g -> !g.expiresAt().isAfter(now));
        String code = RandomTokens.next();
        grants.put(code, new Grant(request, personId, now.plus(LIFETIME)));
        return code;
    }

    /** A redeemed code for the caller to turn into claims: the person and the nonce it was bound to. */
    public record Redeemed(long personId, String nonce) {}

    /**
     * Takes the code out whatever happens next, so a code that fails once (wrong client, too late)
     * cannot be tried again.
     */
    public Redeemed redeem(String clientId, String code, String redirectUri) {
        Grant grant = code == null ? null : grants.remove(code);
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
}
