package org.ameliwalkthrough.practice.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.support.PracticeSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Back on ameli from FranceConnect with an identity: a new session id (no session fixation), the journey kept. */
@SpringBootTest
@AutoConfigureMockMvc
class FranceConnectReturnSessionTest {

    @Autowired
    MockMvc mvc;

    private Cookie last;

    /** Notes the SESSION cookie each response sets, as the browser would keep the latest. */
    private MockHttpServletResponse seen(MockHttpServletResponse response) {
        Cookie set = response.getCookie("SESSION");
        if (set != null) {
            last = set;
        }
        return response;
    }

    @Test
    void theCallbackGivesANewSessionIdAndTheJourneyGoesOn() throws Exception {
        PracticeSession browser = new PracticeSession(mvc);
        seen(browser.choosePersona("david"));
        String authorize = seen(browser.post("/practice/franceconnect/start")).getRedirectedUrl();
        seen(browser.get(authorize));
        seen(browser.post(
                "/practice-franceconnect/impots",
                "numeroFiscal",
                "3729488324303",
                "password",
                Personas.PRACTICE_TAX_PASSWORD));
        String callback = seen(browser.post("/practice-franceconnect/consent")).getRedirectedUrl();
        Cookie before = last;
        assertThat(before).isNotNull();

        MockHttpServletResponse back = browser.get(callback);
        assertThat(back.getRedirectedUrl()).isEqualTo("/practice/conditions");
        Cookie after = back.getCookie("SESSION");
        assertThat(after).as("a new SESSION cookie at the return").isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(browser.get("/practice/conditions").getStatus()).isEqualTo(200);
    }
}
