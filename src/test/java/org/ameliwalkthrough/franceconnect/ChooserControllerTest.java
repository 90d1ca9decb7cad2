package org.ameliwalkthrough.franceconnect;

import static org.ameliwalkthrough.franceconnect.SliceFixtures.AMELI;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.REQUEST;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.ameliwalkthrough.system.CoreBeans;
import org.ameliwalkthrough.system.SecurityConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(ChooserController.class)
@Import({SecurityConfig.class, CoreBeans.class})
class ChooserControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theChooserListsTheProvidersForThePendingService() throws Exception {
        MvcResult result = mvc.perform(get("/practice-franceconnect/choose").session(pending()))
                .andExpect(status().isOk())
                .andExpect(view().name("franceconnect/choose"))
                .andExpect(model().attribute("providers", Providers.ALL))
                .andExpect(model().attribute("client", AMELI))
                .andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("a.fc-provider").eachAttr("href"))
                .containsExactly(
                        "/practice-franceconnect/providers/impots",
                        "/practice-franceconnect/providers/la-poste",
                        "/practice-franceconnect/providers/msa",
                        "/practice-franceconnect/providers/yris",
                        "/practice-franceconnect/providers/france-identite",
                        "/practice-franceconnect/providers/ameli");
        assertThat(page.select(
                        "form.fc-cancel[method=post][action=/practice-franceconnect/cancel] button[type=submit]"))
                .hasSize(1);
    }

    @Test
    void withoutALoginInProgressThePageSaysWhereToStartAndOpensNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/practice-franceconnect/choose"))
                .andExpect(status().isOk())
                .andExpect(view().name(ChooserController.NO_REQUEST))
                .andExpect(model().attribute("services", RegisteredClient.ALL))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .select("main a.button")
                        .attr("href"))
                .isEqualTo(AMELI.homeUri());
    }

    @Test
    void impotsIsSimulatedTheOthersAreExplainedAndNothingElseExists() throws Exception {
        mvc.perform(get("/practice-franceconnect/providers/impots"))
                .andExpect(redirectedUrl("/practice-franceconnect/impots"));
        mvc.perform(get("/practice-franceconnect/providers/msa").session(pending()))
                .andExpect(status().isOk())
                .andExpect(view().name("franceconnect/provider"))
                .andExpect(model().attribute("provider", "msa"))
                .andExpect(model().attribute("inProgress", true));
        mvc.perform(get("/practice-franceconnect/providers/la-poste"))
                .andExpect(model().attribute("inProgress", false));
        mvc.perform(get("/practice-franceconnect/providers/nope")).andExpect(status().isNotFound());
    }

    @Test
    void cancelAnswersTheServiceWithAccessDeniedAndItsStateOnce() throws Exception {
        MockHttpSession session = pending();
        mvc.perform(post("/practice-franceconnect/cancel").session(session).with(csrf()))
                .andExpect(redirectedUrl(AMELI.redirectUri() + "?error=access_denied&state=" + REQUEST.state()));
        assertThat(PendingLogin.in(session)).isEmpty();
        mvc.perform(post("/practice-franceconnect/cancel").session(session).with(csrf()))
                .andExpect(view().name(ChooserController.NO_REQUEST));
    }

    @Test
    void cancelNeedsItsCsrfToken() throws Exception {
        MockHttpSession session = pending();
        mvc.perform(post("/practice-franceconnect/cancel").session(session)).andExpect(status().isForbidden());
        assertThat(PendingLogin.in(session)).isPresent();
    }

    @Test
    void whatIsFranceConnectOpensNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/practice-franceconnect/what-is-franceconnect"))
                .andExpect(status().isOk())
                .andExpect(view().name("franceconnect/what-is-franceconnect"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }
}
