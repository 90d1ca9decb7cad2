package org.ameliwalkthrough.practice.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** An identity FranceConnect vouches for but ameli's records do not hold: explained, with where to get help. */
@SpringBootTest
@AutoConfigureMockMvc
class UnknownIdentityMvcTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IdentityProviderClient client;

    @Test
    void anUnknownIdentityPointsTo3646AndAnOffice() throws Exception {
        when(client.authorizationUri(anyString(), anyString())).thenReturn("/practice-franceconnect/authorize");
        when(client.redeem(anyString(), anyString()))
                .thenReturn(new VerifiedIdentity(
                        "sub", "Angela Claire Louise", "DUBOIS", Nir.Sex.FEMALE, "1962-08-24", "75107", "99100"));
        PracticeSession browser = new PracticeSession(mvc);
        browser.post("/practice/franceconnect/start");
        // The state is in the session; read it back the way the real provider would echo it.
        var start = browser.post("/practice/franceconnect/start");
        assertThat(start.getRedirectedUrl()).isEqualTo("/practice-franceconnect/authorize");
        var captor = org.mockito.ArgumentCaptor.forClass(String.class);
        org.mockito.Mockito.verify(client, org.mockito.Mockito.atLeastOnce())
                .authorizationUri(captor.capture(), anyString());
        String state = captor.getValue();
        var response = browser.get("/practice/franceconnect/callback?code=abc&state=" + state);
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = PracticeSession.parse(response);
        assertThat(page.select("h1").text()).isEqualTo("ameli does not know this identity");
        assertThat(page.text()).contains("3646", "09 74 75 36 46", "CPAM office");
    }
}
