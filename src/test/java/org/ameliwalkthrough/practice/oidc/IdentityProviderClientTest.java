package org.ameliwalkthrough.practice.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ameliwalkthrough.franceconnect.IdentityClaims;
import org.ameliwalkthrough.franceconnect.InvalidGrantException;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

class IdentityProviderClientTest {

    static final IdentityClaims DAVID = new IdentityClaims(
            "sub", "David James", "MILLER", "", "male", "1990-09-03", "", "99404", "the-nonce-0123456789abcdef");

    @Test
    void theAuthorizationUriCarriesTheOidcParameters() {
        var client = new InProcessIdentityProviderClient((c, code, r) -> DAVID);
        var query = UriComponentsBuilder.fromUriString(client.authorizationUri("s".repeat(43), "n".repeat(43)))
                .build()
                .getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("ameli-practice");
        assertThat(query.getFirst("scope")).contains("openid");
        assertThat(query.getFirst("state")).isEqualTo("s".repeat(43));
        assertThat(query.getFirst("nonce")).isEqualTo("n".repeat(43));
    }

    @Test
    void aNonceThatIsNotThisLoginsIsRefused() {
        var client = new InProcessIdentityProviderClient((c, code, r) -> DAVID);
        assertThat(client.redeem("code", DAVID.nonce()).familyName()).isEqualTo("MILLER");
        assertThatThrownBy(() -> client.redeem("code", "another-nonce-0123456789"))
                .isInstanceOfSatisfying(
                        HandOffRefused.class, e -> assertThat(e.reason()).isEqualTo(HandOffRefused.Reason.WRONG_NONCE));
    }

    @Test
    void refusedGrantsBecomeRefusedHandOffs() {
        var expired = new InProcessIdentityProviderClient((c, code, r) -> {
            throw new InvalidGrantException(InvalidGrantException.Reason.EXPIRED);
        });
        assertThatThrownBy(() -> expired.redeem("code", "n"))
                .isInstanceOfSatisfying(
                        HandOffRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(HandOffRefused.Reason.EXPIRED_CODE));
        var used = new InProcessIdentityProviderClient((c, code, r) -> {
            throw new InvalidGrantException(InvalidGrantException.Reason.UNKNOWN_OR_USED);
        });
        assertThatThrownBy(() -> used.redeem("code", "n"))
                .isInstanceOfSatisfying(
                        HandOffRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(HandOffRefused.Reason.INVALID_CODE));
    }
}
