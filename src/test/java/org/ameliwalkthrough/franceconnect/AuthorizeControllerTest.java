package org.ameliwalkthrough.franceconnect;

import static org.ameliwalkthrough.franceconnect.SliceFixtures.AMELI;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.ameliwalkthrough.system.CoreBeans;
import org.ameliwalkthrough.system.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(AuthorizeController.class)
@Import({SecurityConfig.class, CoreBeans.class})
class AuthorizeControllerTest {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder authorize(
            String clientId, String redirectUri, String responseType, String scope, String state, String nonce) {
        MockHttpServletRequestBuilder request = get("/practice-franceconnect/authorize");
        String[][] params = {
            {"client_id", clientId},
            {"redirect_uri", redirectUri},
            {"response_type", responseType},
            {"scope", scope},
            {"state", state},
            {"nonce", nonce}
        };
        for (String[] p : params) {
            if (p[1] != null) {
                request.param(p[0], p[1]);
            }
        }
        return request;
    }

    static MockHttpServletRequestBuilder valid() {
        return authorize(
                AMELI.clientId(),
                AMELI.redirectUri(),
                "code",
                "openid identite_pivot",
                REQUEST.state(),
                REQUEST.nonce());
    }

    @Test
    void aValidRequestIsRememberedAndGoesToTheChooser() throws Exception {
        MvcResult result = mvc.perform(valid())
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/practice-franceconnect/choose"))
                .andReturn();
        assertThat(PendingLogin.in(result.getRequest().getSession(false))).hasValueSatisfying(p -> {
            assertThat(p.request()).isEqualTo(REQUEST);
            assertThat(p.isIdentified()).isFalse();
        });
    }

    @Test
    void anUnknownClientOrAnUnregisteredRedirectIsRefusedOnAPageOfItsOwn() throws Exception {
        for (var request : new MockHttpServletRequestBuilder[] {
            authorize("someone-else", AMELI.redirectUri(), "code", "openid", REQUEST.state(), REQUEST.nonce()),
            authorize(AMELI.clientId(), "https://evil.example/cb", "code", "openid", REQUEST.state(), REQUEST.nonce()),
            authorize(null, null, null, null, null, null)
        }) {
            MvcResult result = mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(view().name("franceconnect/bad-request"))
                    .andExpect(model().attribute("problem", "client"))
                    .andExpect(model().attribute("services", RegisteredClient.ALL))
                    .andReturn();
            assertThat(result.getRequest().getSession(false)).isNull();
        }
    }

    @Test
    void aRequestWithoutCodeOrOpenidIsIncomplete() throws Exception {
        String client = AMELI.clientId();
        String uri = AMELI.redirectUri();
        for (var request : new MockHttpServletRequestBuilder[] {
            authorize(client, uri, "token", "openid", REQUEST.state(), REQUEST.nonce()),
            authorize(client, uri, "code", "profile email", REQUEST.state(), REQUEST.nonce()),
            authorize(client, uri, "code", null, REQUEST.state(), REQUEST.nonce())
        }) {
            mvc.perform(request).andExpect(status().isBadRequest()).andExpect(model().attribute("problem", "request"));
        }
    }

    @Test
    void aStateOrNonceOutside22To512CharactersIsRefused() throws Exception {
        String client = AMELI.clientId();
        String uri = AMELI.redirectUri();
        for (String[] stateNonce : new String[][] {
            {"x".repeat(21), REQUEST.nonce()},
            {REQUEST.state(), "x".repeat(21)},
            {REQUEST.state(), null},
            {"x".repeat(513), REQUEST.nonce()}
        }) {
            mvc.perform(authorize(client, uri, "code", "openid", stateNonce[0], stateNonce[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(model().attribute("problem", "stateNonce"));
        }
        mvc.perform(authorize(client, uri, "code", "openid", "x".repeat(22), "y".repeat(512)))
                .andExpect(redirectedUrl("/practice-franceconnect/choose"));
    }
}
