package org.ameliwalkthrough.franceconnect;

import static org.ameliwalkthrough.franceconnect.SliceFixtures.AMELI;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.DAVID_ID;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.REQUEST;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.david;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.identified;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Optional;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.system.CoreBeans;
import org.ameliwalkthrough.system.SecurityConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

@WebMvcTest(ConsentController.class)
@Import({SecurityConfig.class, CoreBeans.class, AuthorizationCodes.class, MemoryGrantStore.class})
class ConsentControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuthorizationCodes codes;

    @MockitoBean
    PracticeRecords records;

    @Test
    void theConsentPageShowsWhoWillBeSharedWithTheService() throws Exception {
        given(records.findById(DAVID_ID)).willReturn(Optional.of(david("hash")));
        MvcResult result = mvc.perform(get("/practice-franceconnect/consent").session(identified(DAVID_ID)))
                .andExpect(status().isOk())
                .andExpect(view().name("franceconnect/consent"))
                .andExpect(model().attribute("person", david("hash")))
                .andExpect(model().attribute("client", AMELI))
                .andExpect(model().attribute(ConsentController.FORM, new ConsentForm(false)))
                .andReturn();
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".fc-identity dd").eachText()).startsWith("MILLER", "David James");
        assertThat(page.select("form[action=/practice-franceconnect/consent] input[type=checkbox]"))
                .isEmpty(); // ameli is a public service
    }

    @Test
    void beforeTheLoginConsentSendsBackToTheChooserAndWithoutARequestSaysWhereToStart() throws Exception {
        mvc.perform(get("/practice-franceconnect/consent").session(pending()))
                .andExpect(redirectedUrl("/practice-franceconnect/choose"));
        mvc.perform(post("/practice-franceconnect/consent").session(pending()).with(csrf()))
                .andExpect(redirectedUrl("/practice-franceconnect/choose"));
        mvc.perform(get("/practice-franceconnect/consent"))
                .andExpect(status().isOk())
                .andExpect(view().name(ChooserController.NO_REQUEST));
        verifyNoInteractions(records);
    }

    @Test
    void continuingSendsAOneTimeCodeBoundToThePersonAndNonceWithTheStateOnce() throws Exception {
        MockHttpSession session = identified(DAVID_ID);
        String location = mvc.perform(
                        post("/practice-franceconnect/consent").session(session).with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(AMELI.redirectUri() + "?code=");
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(query.getFirst("state")).isEqualTo(REQUEST.state());
        var redeemed = codes.redeem(AMELI.clientId(), query.getFirst("code"), AMELI.redirectUri());
        assertThat(redeemed.personId()).isEqualTo(DAVID_ID);
        assertThat(redeemed.nonce()).isEqualTo(REQUEST.nonce());
        assertThat(PendingLogin.in(session)).isEmpty();
        mvc.perform(post("/practice-franceconnect/consent").session(session).with(csrf()))
                .andExpect(view().name(ChooserController.NO_REQUEST));
    }

    @Test
    void continuingNeedsItsCsrfToken() throws Exception {
        MockHttpSession session = identified(DAVID_ID);
        mvc.perform(post("/practice-franceconnect/consent").session(session)).andExpect(status().isForbidden());
        assertThat(PendingLogin.in(session)).isPresent();
    }
}
