package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 10 item 5: an ended practice session or an expired form is said in plain words, with the way back. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionEndedMvcTest {

    static final Cookie EMMA = new Cookie("practice-persona", "emma");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PracticeSession user;

    @BeforeEach
    void newVisitor() {
        PracticeData.forgetAttempts(jdbc);
        user = new PracticeSession(mvc);
    }

    /** What 30 idle minutes do on the server: Spring Session forgets the session; the browser still sends its cookie. */
    void sessionTimesOut() {
        jdbc.sql("DELETE FROM spring_session_attributes").update();
        jdbc.sql("DELETE FROM spring_session").update();
    }

    @Test
    void choosingAPersonaRemembersItOutsideTheSession() throws Exception {
        Cookie persona = user.choosePersona("emma").getCookie("practice-persona");
        assertThat(persona.getValue()).isEqualTo("emma");
        assertThat(persona.isHttpOnly()).isTrue();
    }

    @Test
    void aPostAfterTheSessionEndedSaysSoAndOffersTheSamePersona() throws Exception {
        user.choosePersona("emma");
        user.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        sessionTimesOut();

        MockHttpServletResponse response = user.perform(post("/practice/iban")
                .param("lastSeven", "5A02137")
                .with(csrf())
                .cookie(EMMA));

        assertThat(response.getRedirectedUrl())
                .as("not a silent restart at the identity step")
                .isEqualTo("/session-ended?from=/practice/iban");
        Document page = PracticeSession.parse(
                user.perform(get(response.getRedirectedUrl()).cookie(EMMA)));
        assertThat(page.select("h1").text()).isEqualTo("Your practice session ended");
        assertThat(page.select("main").text()).contains("after 30 minutes without activity");
        assertThat(page.getElementById("start-again-as").text()).isEqualTo("Start again as Emma Louise CLARKE");
        assertThat(page.getElementById("start-again-as").val()).isEqualTo("emma");
        assertThat(page.select("main").text()).doesNotContain("2 88 04");

        MockHttpServletResponse again = user.post("/practice/persona", "persona", "emma");
        assertThat(again.getRedirectedUrl()).isEqualTo("/practice/documents");
        assertThat(user.get("/practice/documents").getStatus()).isEqualTo(200);
    }

    @Test
    void aStepOpenedAfterTheSessionEndedSaysSoInFrench() throws Exception {
        user.inFrench().choosePersona("emma");
        sessionTimesOut();

        MockHttpServletResponse response =
                user.perform(get("/practice/identity").cookie(EMMA));

        assertThat(response.getRedirectedUrl()).isEqualTo("/session-ended?from=/practice/identity");
        Document page = PracticeSession.parse(
                user.perform(get(response.getRedirectedUrl()).cookie(EMMA)));
        assertThat(page.select("h1").text()).isEqualTo("Votre session d'entraînement est terminée");
        assertThat(page.getElementById("start-again-as").text())
                .isEqualTo("Recommencer en incarnant Emma Louise CLARKE");
    }

    @Test
    void withoutTheCookieTheSessionThatIsGoneStillCounts() throws Exception {
        user.choosePersona("emma");
        sessionTimesOut();

        MockHttpServletResponse response = user.get("/practice/documents");

        assertThat(response.getRedirectedUrl()).isEqualTo("/session-ended?from=/practice/documents");
        Document page = PracticeSession.parse(user.get(response.getRedirectedUrl()));
        assertThat(page.getElementById("start-again-as")).isNull();
        assertThat(page.getElementById("choose-persona").attr("href")).isEqualTo("/practice");
    }

    @Test
    void aFirstVisitIsNotAnEndedSession() throws Exception {
        assertThat(user.get("/practice/documents").getRedirectedUrl()).isEqualTo("/practice");
        assertThat(user.get("/practice/identity").getStatus()).isEqualTo(200);
    }

    @Test
    void aRefusedFormShowsThePageInsteadOfABare403() throws Exception {
        user.choosePersona("emma");

        MockHttpServletResponse refused = user.postWithoutCsrf("/practice/identity", "lastName", "Clarke");

        assertThat(refused.getStatus()).as("still refused").isEqualTo(403);
        assertThat(refused.getForwardedUrl()).isEqualTo("/session-ended");
        // MockMvc does not follow a forward: ask the page as the forward does (a POST carrying where it came from).
        Document page = PracticeSession.parse(user.perform(post("/session-ended")
                .with(csrf())
                .requestAttr("org.ameliwalkthrough.system.SessionEnded.from", "/practice/identity")));
        assertThat(page.select("h1").text()).isEqualTo("This page had expired");
        assertThat(page.select("main").text()).contains("Your answers as Emma Louise CLARKE are kept");
        assertThat(page.getElementById("continue-practice").attr("href")).isEqualTo("/practice/identity");
    }

    @Test
    void anExpiredFormOutsideTheSimulatorLeadsBackToItsPage() throws Exception {
        Document page = PracticeSession.parse(user.get("/session-ended?from=/check"));
        assertThat(page.select("h1").text()).isEqualTo("This form had expired");
        assertThat(page.getElementById("open-again").attr("href")).isEqualTo("/check");

        Document elsewhere = PracticeSession.parse(user.get("/session-ended?from=//evil.example"));
        assertThat(elsewhere.getElementById("open-again").attr("href")).isEqualTo("/");
    }

    @Test
    void pagesWithASessionCarryTheIdleWarningAndContinueExtendsIt() throws Exception {
        assertThat(user.page("/").getElementById("idle-warning"))
                .as("no session, no warning")
                .isNull();
        user.choosePersona("emma");

        Document page = user.page("/practice/identity");

        var warning = page.getElementById("idle-warning");
        assertThat(warning).isNotNull();
        assertThat(warning.hasAttr("hidden"))
                .as("hidden until the script shows it")
                .isTrue();
        assertThat(warning.attr("data-timeout-seconds")).isEqualTo("1800");
        assertThat(warning.attr("data-warn-seconds")).isEqualTo("180");
        assertThat(warning.text()).contains("will end in 3 minutes");
        assertThat(user.get("/session/keep-alive").getStatus()).isEqualTo(204);
        sessionTimesOut();
        assertThat(user.get("/session/keep-alive").getStatus()).isEqualTo(410);
    }
}
