package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ameliwalkthrough.records.Personas;
import org.junit.jupiter.api.Test;

/** Signing in at the practice impots.gouv.fr gives a new session id (no session fixation); a failed try does not. */
class ImpotsSessionRotationTest extends FranceConnectMvcTest {

    @Test
    void theRightPasswordGivesANewSessionIdAndRetiresTheOldOne() throws Exception {
        start();
        Cookie before = session;
        assertThat(before).isNotNull();
        Cookie after = login(DAVID, Personas.PRACTICE_TAX_PASSWORD)
                .andExpect(redirectedUrl("/practice-franceconnect/consent"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(after).as("a new SESSION cookie").isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(sessionsWithId(before)).as("the old id is gone").isZero();
        assertThat(sessionsWithId(after)).isEqualTo(1);
        // The pending login came along: consent goes on with the new cookie.
        assertThat(page("/practice-franceconnect/consent", "en").select("form[action=/practice-franceconnect/consent]"))
                .isNotEmpty();
    }

    @Test
    void aWrongPasswordKeepsTheSession() throws Exception {
        start();
        Cookie before = session;
        Cookie set = login(DAVID, "wrong").andReturn().getResponse().getCookie("SESSION");
        assertThat(set == null || set.getValue().equals(before.getValue())).isTrue();
    }

    /** Spring Session's cookie holds the session id in Base64. */
    private int sessionsWithId(Cookie cookie) {
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
