package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class MaskedTokensTest {

    private static final CsrfToken TOKEN =
            new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "0b7c1e9a-4f52-4d8e-9a31-5c2f0e6d7b84");

    /** A masked token of the right length whose random half XOR its other half is all 0xFF: not UTF-8. */
    static String unmaskingToNotUtf8(String rawToken) {
        int size = rawToken.getBytes(StandardCharsets.UTF_8).length;
        byte[] masked = new byte[size * 2];
        Arrays.fill(masked, size, masked.length, (byte) 0xFF);
        return Base64.getUrlEncoder().encodeToString(masked);
    }

    private static String resolve(String sent) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/check");
        request.setParameter("_csrf", sent);
        return SecurityConfig.maskedTokens().resolveCsrfTokenValue(request, TOKEN);
    }

    @Test
    void aTokenThatUnmasksToBytesThatAreNotUtf8IsNoToken() {
        assertThat(resolve(unmaskingToNotUtf8(TOKEN.getToken()))).isNull();
    }

    @Test
    void aTokenMaskedAsUsualStillUnmasksToTheCookiesValue() {
        byte[] raw = TOKEN.getToken().getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[raw.length * 2];
        for (int i = 0; i < raw.length; i++) {
            masked[i] = (byte) (i * 7 + 3);
            masked[raw.length + i] = (byte) (masked[i] ^ raw[i]);
        }
        assertThat(resolve(Base64.getUrlEncoder().encodeToString(masked))).isEqualTo(TOKEN.getToken());
    }
}
