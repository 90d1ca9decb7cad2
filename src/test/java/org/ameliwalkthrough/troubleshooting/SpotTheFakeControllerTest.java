package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.ameliwalkthrough.support.SiteWebLayer;
import org.ameliwalkthrough.system.SessionStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Spot the fake": answers kept in the session (a plain MockHttpSession: a slice has no Spring
 * Session), Post/Redirect/Get to the feedback, the score, and redirects only to the two known pages.
 */
@WebMvcTest(SpotTheFakeController.class)
@Import({SiteWebLayer.class, SpotTheFakeControllerTest.InTheInbox.class})
class SpotTheFakeControllerTest {

    /** As the simulator wires it: the exercise, embedded in the inbox, returns there. */
    static class InTheInbox {
        @Bean
        SpotTheFakeInbox spotTheFakeInbox(SessionStore sessions) {
            return new SpotTheFakeInbox(sessions, "/practice/mailbox");
        }
    }

    static final String PAGE = "/stay-safe/spot-the-fake";

    @Autowired
    MockMvc mvc;

    final MockHttpSession session = new MockHttpSession();

    void answer(String id, String answer) throws Exception {
        mvc.perform(post(PAGE + "/" + id)
                        .param("answer", answer)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE + "#spot-" + id + "-feedback"));
    }

    SpotAnswers answers() {
        return (SpotAnswers) session.getAttribute(SpotAnswers.KEY.name());
    }

    @Test
    void aFirstVisitHasEveryMessageAndNoAnswer() throws Exception {
        MvcResult result = mvc.perform(get(PAGE).session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("troubleshooting/spot-the-fake"))
                .andExpect(model().attribute("messages", List.of(SpotMessage.values())))
                .andExpect(model().attribute("total", 4))
                .andExpect(model().attribute("score", 0L))
                .andExpect(model().attribute("answeredCount", 0L))
                .andExpect(model().attribute("complete", false))
                .andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("form.spot-answer")).hasSize(4);
        assertThat(page.select("form.spot-answer input[name=_csrf]")).hasSize(4);
        assertThat(page.select(".spot-feedback")).isEmpty();
    }

    @Test
    void eachAnswerIsKeptAndScoredUntilRestart() throws Exception {
        answer("refund", "fake");
        assertThat(answers().saidFake(SpotMessage.REFUND)).isTrue();
        mvc.perform(get(PAGE).session(session))
                .andExpect(model().attribute("answeredCount", 1L))
                .andExpect(model().attribute("score", 1L))
                .andExpect(model().attribute("complete", false));

        answer("validation", "fake"); // wrong: the validation e-mail is real
        answer("suspended", "fake");
        answer("bank", "real"); // wrong
        MvcResult done = mvc.perform(get(PAGE).session(session))
                .andExpect(model().attribute("answeredCount", 4L))
                .andExpect(model().attribute("score", 2L))
                .andExpect(model().attribute("complete", true))
                .andReturn();
        Document page = Jsoup.parse(done.getResponse().getContentAsString());
        assertThat(page.select("form.spot-answer")).isEmpty();
        assertThat(page.select(".spot-feedback--right")).hasSize(2);
        assertThat(page.select(".spot-feedback--wrong")).hasSize(2);

        mvc.perform(post(PAGE + "/restart").session(session).with(csrf())).andExpect(redirectedUrl(PAGE));
        assertThat(answers()).isNull();
        mvc.perform(get(PAGE).session(session)).andExpect(model().attribute("answeredCount", 0L));
    }

    @ParameterizedTest(name = "from={0} -> {1}")
    @CsvSource({"mailbox, /practice/mailbox", "//evil.example, " + PAGE, "'', " + PAGE})
    void answersAndRestartReturnOnlyToTheKnownPages(String from, String back) throws Exception {
        mvc.perform(post(PAGE + "/bank")
                        .param("answer", "fake")
                        .param("from", from)
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(back + "#spot-bank-feedback"));
        mvc.perform(post(PAGE + "/restart").param("from", from).session(session).with(csrf()))
                .andExpect(redirectedUrl(back));
    }

    @Test
    void anUnknownMessageOrAnswerOrAMissingTokenChangesNothing() throws Exception {
        mvc.perform(post(PAGE + "/refund").param("answer", "fake").session(session))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/nope")
                        .param("answer", "fake")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(PAGE + "/refund")
                        .param("answer", "maybe")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(PAGE + "/refund").session(session).with(csrf())).andExpect(status().isBadRequest());
        assertThat(answers()).isNull();
    }

    @ParameterizedTest(name = "from={0} -> {1}")
    @CsvSource({"mailbox, /practice/mailbox#spot-suspended", "'', " + PAGE + "#spot-suspended"})
    void aLinkInAMessageLeadsToItsExplanationAndBack(String from, String back) throws Exception {
        MvcResult result = mvc.perform(get(PAGE + "/suspended/link").param("from", from))
                .andExpect(status().isOk())
                .andExpect(view().name("troubleshooting/spot-the-fake-link"))
                .andExpect(model().attribute("message", SpotMessage.SUSPENDED))
                .andExpect(model().attribute("back", back))
                .andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("a.back-link").attr("href")).isEqualTo(back);
        assertThat(page.select("main li"))
                .hasSize(SpotMessage.SUSPENDED.reasonKeys().size());
        mvc.perform(get(PAGE + "/nope/link")).andExpect(status().isNotFound());
    }
}
