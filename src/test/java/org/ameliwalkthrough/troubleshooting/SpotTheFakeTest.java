package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class SpotTheFakeTest {

    static final String PAGE = "/stay-safe/spot-the-fake";

    @Autowired
    MockMvc mvc;

    /** Spring Session keeps the session in the database and finds it by this cookie, as a browser would. */
    Cookie session = new Cookie("SESSION", "none");

    MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.cookie(session)).andReturn();
        Cookie issued = result.getResponse().getCookie("SESSION");
        if (issued != null) {
            session = issued;
        }
        return result;
    }

    Document page(String lang) throws Exception {
        MvcResult result = send(get(PAGE).param("lang", lang));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        return send(request).getResponse().getStatus();
    }

    void answer(String id, String answer) throws Exception {
        MvcResult result = send(post(PAGE + "/" + id).param("answer", answer).with(csrf()));
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(PAGE + "#spot-" + id + "-feedback");
    }

    @Test
    void everyMessageHasAnAnswerFormAndLinksThatOnlyLeadToTheirExplanation() throws Exception {
        Document page = page("en");
        assertThat(page.select("article.spot-mail")).hasSize(SpotMessage.values().length);
        for (SpotMessage m : SpotMessage.values()) {
            Element article = page.getElementById("spot-" + m.id());
            Element form = article.selectFirst("form.spot-answer");
            assertThat(form.attr("method")).isEqualTo("post");
            assertThat(form.attr("action")).isEqualTo(PAGE + "/" + m.id());
            assertThat(form.select("input[name=_csrf]")).hasSize(1);
            assertThat(form.select("button[name=answer]").eachAttr("value")).containsExactly("real", "fake");
            assertThat(article.select(".spot-mail__body a").eachAttr("href"))
                    .containsExactly(PAGE + "/" + m.id() + "/link");
            Element link = article.selectFirst("a.spot-link");
            Element target = page.getElementById(link.attr("aria-describedby"));
            assertThat(target.text()).startsWith("This link really goes to:").contains("https://");
            assertThat(article.selectFirst(".spot-mail__subject").attr("lang")).isEqualTo("fr");
        }
        assertThat(page.select(".spot-feedback")).isEmpty();
        assertThat(page.select("#spot-score").text()).contains("You have answered 0 of 4 messages.");
    }

    @Test
    void answeringShowsWhyAndTheScoreAtTheEnd() throws Exception {
        answer("refund", "fake");
        Document after = page("en");
        Element refund = after.getElementById("spot-refund");
        assertThat(refund.select("form.spot-answer")).isEmpty();
        assertThat(refund.select(".spot-feedback--right h3").text()).isEqualTo("Right: this message is fake.");
        assertThat(refund.select(".spot-feedback li")).hasSize(4);
        assertThat(refund.select(".spot-feedback").text()).contains("ameli-remboursement-service.example");
        assertThat(after.select("#spot-score").text()).contains("You have answered 1 of 4 messages.");

        answer("validation", "fake");
        answer("suspended", "fake");
        answer("bank", "fake");
        Document done = page("fr");
        assertThat(done.getElementById("spot-validation")
                        .select(".spot-feedback--wrong h3")
                        .text())
                .isEqualTo("Pas tout à fait : ce message est vrai.");
        assertThat(done.select(".spot-score__result").text()).isEqualTo("Vous avez bien classé 3 message(s) sur 4.");
        assertThat(done.select("form.spot-answer")).isEmpty();

        assertThat(send(post(PAGE + "/restart").with(csrf())).getResponse().getRedirectedUrl())
                .isEqualTo(PAGE);
        assertThat(page("en").select("form.spot-answer")).hasSize(4);
    }

    @Test
    void answersNeedCsrfAndAKnownMessageAndAnswer() throws Exception {
        page("en");
        assertThat(statusOf(post(PAGE + "/refund").param("answer", "fake"))).isEqualTo(403);
        assertThat(statusOf(post(PAGE + "/nope").param("answer", "fake").with(csrf())))
                .isEqualTo(404);
        assertThat(statusOf(post(PAGE + "/refund").param("answer", "maybe").with(csrf())))
                .isEqualTo(400);
        assertThat(page("en").select(".spot-feedback")).isEmpty();
    }

    @Test
    void returnsOnlyToThePagesItKnows() throws Exception {
        mvc.perform(post(PAGE + "/bank")
                        .param("answer", "fake")
                        .param("from", "mailbox")
                        .with(csrf()))
                .andExpect(redirectedUrl("/practice/mailbox#spot-bank-feedback"));
        mvc.perform(post(PAGE + "/bank")
                        .param("answer", "fake")
                        .param("from", "//evil.example")
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#spot-bank-feedback"));
    }

    @Test
    void aFakeLinkLeadsToItsExplanationOnly() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(PAGE + "/suspended/link").param("from", "mailbox"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("You followed a link in a fake message");
        assertThat(page.select("main").text()).contains("https://ameli.fr.verification-securite.example/connexion");
        assertThat(page.select("main li")).hasSize(5);
        assertThat(page.select("a.back-link").attr("href")).isEqualTo("/practice/mailbox#spot-suspended");
        mvc.perform(get(PAGE + "/nope/link")).andExpect(status().isNotFound());
    }
}
