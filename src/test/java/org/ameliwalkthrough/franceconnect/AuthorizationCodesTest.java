package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.ameliwalkthrough.franceconnect.InvalidGrantException.Reason;
import org.junit.jupiter.api.Test;

class AuthorizationCodesTest {

    static final String CLIENT = RegisteredClient.AMELI.clientId();
    static final String REDIRECT = RegisteredClient.AMELI.redirectUri();
    static final AuthorizationRequest REQUEST =
            new AuthorizationRequest(CLIENT, REDIRECT, "state-0123456789abcdefghij", "nonce-0123456789abcdefghij");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    final MemoryGrantStore store = new MemoryGrantStore();
    final AuthorizationCodes codes = new AuthorizationCodes(store, clock);

    @Test
    void aCodeRedeemsOnceForThePersonAndNonceItWasIssuedFor() {
        String code = codes.issue(REQUEST, 2L);
        var redeemed = codes.redeem(CLIENT, code, REDIRECT);
        assertThat(redeemed.personId()).isEqualTo(2L);
        assertThat(redeemed.nonce()).isEqualTo(REQUEST.nonce());
    }

    @Test
    void replayingACodeIsRefused() {
        String code = codes.issue(REQUEST, 2L);
        codes.redeem(CLIENT, code, REDIRECT);
        assertThatThrownBy(() -> codes.redeem(CLIENT, code, REDIRECT))
                .isInstanceOfSatisfying(
                        InvalidGrantException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_OR_USED));
    }

    @Test
    void aForgedCodeIsRefused() {
        codes.issue(REQUEST, 2L);
        for (String forged : new String[] {"not-a-code", "", null, "A".repeat(43)}) {
            assertThatThrownBy(() -> codes.redeem(CLIENT, forged, REDIRECT))
                    .isInstanceOfSatisfying(
                            InvalidGrantException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_OR_USED));
        }
    }

    @Test
    void aCodeIsGoodFor59SecondsAndRefusedAt60() {
        String early = codes.issue(REQUEST, 2L);
        String late = codes.issue(REQUEST, 2L);
        clock.advance(Duration.ofSeconds(59));
        assertThat(codes.redeem(CLIENT, early, REDIRECT).personId()).isEqualTo(2L);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> codes.redeem(CLIENT, late, REDIRECT))
                .isInstanceOfSatisfying(
                        InvalidGrantException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
    }

    @Test
    void anExpiredCodeCannotBeTriedAgainEither() {
        String code = codes.issue(REQUEST, 2L);
        clock.advance(AuthorizationCodes.LIFETIME);
        assertThatThrownBy(() -> codes.redeem(CLIENT, code, REDIRECT)).isInstanceOf(InvalidGrantException.class);
        assertThatThrownBy(() -> codes.redeem(CLIENT, code, REDIRECT))
                .isInstanceOfSatisfying(
                        InvalidGrantException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_OR_USED));
    }

    @Test
    void aCodeIssuedToOneClientOrRedirectIsRefusedToAnotherAndBurnt() {
        String code = codes.issue(REQUEST, 2L);
        assertThatThrownBy(() -> codes.redeem("another-client", code, REDIRECT))
                .isInstanceOfSatisfying(
                        InvalidGrantException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISMATCH));
        assertThatThrownBy(() -> codes.redeem(CLIENT, code, REDIRECT)).isInstanceOf(InvalidGrantException.class);

        String other = codes.issue(REQUEST, 2L);
        assertThatThrownBy(() -> codes.redeem(CLIENT, other, "/elsewhere"))
                .isInstanceOfSatisfying(
                        InvalidGrantException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISMATCH));
    }

    @Test
    void codesAreLongUrlSafeAndUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = codes.issue(REQUEST, 1L);
            assertThat(code).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void theStoreKeepsOnlyAHashOfEachCode() {
        String code = codes.issue(REQUEST, 2L);
        assertThat(store.grants).containsOnlyKeys(AuthorizationCodes.hash(code));
        assertThat(AuthorizationCodes.hash(code)).hasSize(64).isNotEqualTo(code);
    }
}
