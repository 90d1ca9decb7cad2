package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The practice journey over HTTP: each step's redirects, errors, limits, expiry and deep links. */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeJourneyMvcTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetAttempts() {
        PracticeData.forgetAttempts(jdbc);
    }

    PracticeSession user;

    @BeforeEach
    void newVisitor() {
        user = new PracticeSession(mvc);
    }

    static void assertRedirect(MockHttpServletResponse response, String to) {
        assertThat(response.getStatus()).as("status").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(to);
    }

    static Document assertErrors(MockHttpServletResponse response, String... fields) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = PracticeSession.parse(response);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary")).hasSize(1);
        for (String href : page.select(".error-summary a").eachAttr("href")) {
            assertThat(page.getElementById(href.substring(1)))
                    .as("the summary's link " + href + " lands somewhere")
                    .isNotNull();
        }
        for (String field : fields) {
            assertThat(page.select("#" + field + "-error").text()).as(field).isNotBlank();
        }
        return page;
    }

    MockHttpServletResponse identity(String last, String nir, String year) throws Exception {
        return user.identity(last, nir, "12", "4", year, "69003");
    }

    void emmaUpToCheckAnswers() throws Exception {
        assertRedirect(user.emmaThroughContact(), "/practice/check-answers");
    }

    String submitAndFindLink() throws Exception {
        assertRedirect(user.post("/practice/check-answers"), "/practice/confirmation");
        return user.page("/practice/mailbox").select("a.mail__link").attr("href");
    }

    @Test
    void routeOneFromStartToMonCompte() throws Exception {
        // six personas, four blocker personas (troubleshooting, V4_1) and "Surprise me"
        assertThat(user.page("/practice").select("button[name=persona]")).hasSize(11);
        emmaUpToCheckAnswers();
        Document check = user.page("/practice/check-answers");
        assertThat(check.select("[data-answer=nir]").text())
                .contains("•")
                .endsWith("30")
                .doesNotContain("99 132");
        assertThat(check.select("[data-answer=iban]").text()).endsWith("2 137").doesNotContain("2004");
        assertThat(check.text()).as("shown whole to be checked").contains("emma@example.org");
        String link = submitAndFindLink();
        assertThat(user.page("/practice/confirmation").text())
                .as("once sent, the session keeps the address masked (decision 21)")
                .contains("e•••@example.org")
                .doesNotContain("emma@example.org");
        // A second send (double click, Back then resend) creates nothing new.
        assertRedirect(user.post("/practice/check-answers"), "/practice/confirmation");
        assertThat(user.page("/practice/mailbox").select("article.mail")).hasSize(1);
        assertRedirect(user.get(link), "/practice/activated");
        assertRedirect(
                user.post("/practice/login", "nir", "2880499132047", "password", "Practice1!"), "/practice/login/code");
        String code =
                user.page("/practice/mailbox").select("[data-code]").first().text();
        assertRedirect(user.post("/practice/login/code", "code", code), "/practice/account");
        assertThat(user.page("/practice/account").select("h1").text()).isEqualTo("Mon compte");
    }

    @Test
    void deepLinksGoToTheFirstUnfinishedStep() throws Exception {
        assertRedirect(user.get("/practice/password"), "/practice/identity");
        assertRedirect(user.get("/practice/check-answers"), "/practice/identity");
        assertRedirect(user.post("/practice/iban", "lastSeven", "5A02137"), "/practice/identity");
        assertRedirect(user.post("/practice/persona", "persona", "emma"), "/practice/documents");
        assertRedirect(identity("Clarke", "2880499132047", "1988"), "/practice/iban");
        assertRedirect(user.get("/practice/contact"), "/practice/iban");
        assertRedirect(user.get("/practice/confirmation"), "/practice/iban");
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() throws Exception {
        assertThat(user.postWithoutCsrf("/practice/persona").getStatus()).isEqualTo(403);
        assertThat(user.postWithoutCsrf("/practice/identity").getStatus()).isEqualTo(403);
    }

    @Test
    void identityErrorsKeepWhatWasTypedAndTeach() throws Exception {
        Document empty = assertErrors(user.post("/practice/identity"), "lastName", "nir", "birthDate");
        assertThat(empty.select("#lastName").attr("aria-invalid")).isEqualTo("true");
        // The number says born in 1988; the date typed says 1989: the cross-check names the year.
        Document year = assertErrors(identity("Clarke", "2880499132047", "1989"), "nir");
        assertThat(year.select("#nir-error").text()).contains("88").contains("89");
        assertThat(year.select("#lastName").val()).isEqualTo("Clarke");
        // A valid number nobody has: ameli's vague message, and our hint on the number.
        Document unknown = assertErrors(identity("Clarke", "2880499132048", "1988"), "nir");
        assertThat(unknown.select(".error-summary").text()).contains("erronées");
        // Sarah typed her married name: the hint says ameli knows her birth name.
        MockHttpServletResponse sarah = user.post(
                "/practice/identity",
                "lastName",
                "Martin",
                "nir",
                "2850299401056",
                "day",
                "14",
                "month",
                "2",
                "year",
                "1985",
                "postcode",
                "44000");
        assertThat(assertErrors(sarah, "lastName").select("#lastName-error").text())
                .contains("birth name");
        Document badNir = assertErrors(identity("Clarke", "12345", "1988"), "nir");
        assertThat(badNir.select("#nir-error").text()).isNotBlank();
    }

    @Test
    void fiveWrongChecksLockTheRegistration() throws Exception {
        assertRedirect(user.post("/practice/persona", "persona", "emma"), "/practice/documents");
        assertRedirect(identity("Clarke", "2880499132047", "1988"), "/practice/iban");
        assertErrors(user.post("/practice/iban", "lastSeven", "12"), "lastSeven"); // format: not counted
        for (int left = 4; left >= 1; left--) {
            Document page = assertErrors(user.post("/practice/iban", "lastSeven", "0000000"), "lastSeven");
            assertThat(page.select("#lastSeven-error").text()).contains(String.valueOf(left));
        }
        assertRedirect(user.post("/practice/iban", "lastSeven", "0000000"), "/practice/locked");
        String locked = user.page("/practice/locked").text();
        assertThat(locked)
                .contains("3646")
                .contains("Emma Louise CLARKE")
                .containsPattern("until \\d{2}:\\d{2} \\(Paris time\\)");
        assertThat(locked).contains("simulator's choice");
        assertRedirect(user.get("/practice/iban"), "/practice/locked");
        assertRedirect(user.post("/practice/iban", "lastSeven", "5A02137"), "/practice/locked");
    }

    /** The count is Emma's, not the journey's: starting again, another persona or a new browser keep it. */
    @Test
    void wrongAnswersBelongToThePersonSoStartingAgainDoesNotResetThem() throws Exception {
        assertRedirect(user.post("/practice/persona", "persona", "emma"), "/practice/documents");
        assertRedirect(identity("Clarke", "2880499132047", "1988"), "/practice/iban");
        assertErrors(user.post("/practice/iban", "lastSeven", "0000000"), "lastSeven");
        assertErrors(user.post("/practice/iban", "lastSeven", "0000000"), "lastSeven");

        assertRedirect(user.post("/practice/restart"), "/practice/identity");
        assertRedirect(identity("Clarke", "2880499132047", "1988"), "/practice/iban");
        Document third = assertErrors(user.post("/practice/iban", "lastSeven", "0000000"), "lastSeven");
        assertThat(third.select("#lastSeven-error").text()).contains("2");

        assertRedirect(user.post("/practice/persona", "persona", "david"), "/practice/documents");
        assertRedirect(user.post("/practice/persona", "persona", "emma"), "/practice/documents");
        assertRedirect(identity("Clarke", "2880499132047", "1988"), "/practice/iban");
        assertErrors(user.post("/practice/iban", "lastSeven", "0000000"), "lastSeven");

        PracticeSession otherBrowser = new PracticeSession(mvc);
        otherBrowser.choosePersona("emma");
        otherBrowser.identity("Clarke", "2880499132047", "12", "4", "1988", "69003");
        assertRedirect(otherBrowser.post("/practice/iban", "lastSeven", "0000000"), "/practice/locked");
        assertRedirect(user.get("/practice/iban"), "/practice/locked");
        assertThat(user.page("/practice/locked").text()).contains("3646");
    }

    @Test
    void aLinkOpenedAfterEightDaysHasExpired() throws Exception {
        emmaUpToCheckAnswers();
        String link = submitAndFindLink();
        assertRedirect(user.post("/practice/mailbox/wait"), "/practice/mailbox");
        assertRedirect(user.get(link), "/practice/link-expired");
        // The request is gone: the link stays dead, and there is nothing to log in to.
        assertRedirect(user.get(link), "/practice/link-expired");
        assertThat(user.page("/practice/login").select("form")).isEmpty();
        assertRedirect(user.post("/practice/restart"), "/practice/identity");
        assertThat(user.get("/practice/identity").getStatus()).isEqualTo(200);
    }

    @Test
    void threeWrongCodesMeanStartingTheLoginOver() throws Exception {
        emmaUpToCheckAnswers();
        assertRedirect(user.get(submitAndFindLink()), "/practice/activated");
        assertRedirect(
                user.post("/practice/login", "nir", "2 88 04 99 132 047 30", "password", "Practice1!"),
                "/practice/login/code");
        String code =
                user.page("/practice/mailbox").select("[data-code]").first().text();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertErrors(user.post("/practice/login/code", "code", wrong), "code");
        assertErrors(user.post("/practice/login/code", "code", wrong), "code");
        assertRedirect(user.post("/practice/login/code", "code", wrong), "/practice/login");
        assertRedirect(user.post("/practice/login/code", "code", code), "/practice/login");
        assertRedirect(user.get("/practice/account"), "/practice/login");
    }

    @Test
    void changingIdentityToAFranceConnectPersonAsksThatRouteFirst() throws Exception {
        emmaUpToCheckAnswers();
        // Change link: now David, who has no bank details on file.
        MockHttpServletResponse david = user.identity("Miller", "1900999404112", "3", "9", "1990", "33000");
        assertRedirect(david, "/practice/franceconnect");
        assertThat(user.page("/practice/franceconnect").text()).contains("no bank details");
        assertRedirect(user.get("/practice/iban"), "/practice/franceconnect");
        assertRedirect(user.get("/practice/check-answers"), "/practice/franceconnect");
        // Back to Emma: her IBAN and serial are asked again, then straight to check answers.
        assertRedirect(identity("Clarke", "2880499132047", "1988"), "/practice/iban");
        assertRedirect(user.post("/practice/iban", "lastSeven", "5A02137"), "/practice/serial");
        assertRedirect(user.post("/practice/serial", "missing", "9869"), "/practice/check-answers");
    }

    @Test
    void backLinksAndRefillComeFromTheJourney() throws Exception {
        emmaUpToCheckAnswers();
        assertThat(user.page("/practice/serial").select("a.back-link").attr("href"))
                .isEqualTo("/practice/iban");
        assertThat(user.page("/practice/conditions").select("a.back-link").attr("href"))
                .isEqualTo("/practice/serial");
        assertThat(user.page("/practice/identity").select("a.back-link").attr("href"))
                .isEqualTo("/practice/documents"); // the persona's documents, where the person came from
        assertThat(user.page("/practice/iban").select("#lastSeven").val()).isEqualTo("5A02137");
        assertThat(user.page("/practice/contact").select("#email").val()).isEqualTo("emma@example.org");
        Document password = user.page("/practice/password");
        assertThat(password.select("#password").val()).isEmpty();
        assertThat(password.select("input[type=password][value]")).isEmpty();
        assertThat(password.select(".stepper").text()).isEqualTo("Step 5 of 7 — Next: your contact details");
    }

    /** One count per route, from identity to check answers: 7 on route 1, 6 through FranceConnect. */
    @Test
    void everyPageOfARouteCountsTheSameSteps() throws Exception {
        emmaUpToCheckAnswers();
        String[] route1 = {"identity", "iban", "serial", "conditions", "password", "contact", "check-answers"};
        for (int i = 0; i < route1.length; i++) {
            assertThat(user.page("/practice/" + route1[i])
                            .select(".stepper strong")
                            .text())
                    .as(route1[i])
                    .isEqualTo("Step " + (i + 1) + " of 7");
        }
        // Every step page: Back and stepper first, then its own content, then the persona's documents.
        Document iban = user.page("/practice/iban");
        assertThat(iban.select("main > *").first().is("a.back-link")).isTrue();
        assertThat(iban.select("main form ~ details.documents-panel")).hasSize(1);
        assertThat(iban.select("main .stepper ~ h1")).hasSize(1);
        PracticeSession david = new PracticeSession(mvc);
        david.choosePersona("david");
        assertThat(david.page("/practice/identity").select(".stepper").text())
                .isEqualTo("Step 1 of 6 — Next: ameli checks these details and shows the way in that fits them");
        assertRedirect(david.identity("Miller", "1900999404112", "3", "9", "1990", "33000"), "/practice/franceconnect");
        assertThat(david.page("/practice/franceconnect").select(".stepper").text())
                .isEqualTo("Step 2 of 6 — Next: you sign in on the FranceConnect site, which sends you back here"
                        + " for the conditions of use");
    }

    @Test
    void passwordCriteriaAreTickedOnSubmitAndThePasswordNeverComesBack() throws Exception {
        emmaUpToCheckAnswers();
        Document page =
                assertErrors(user.post("/practice/password", "password", "short", "confirmation", "short"), "password");
        assertThat(page.select("li.criteria--met")).isNotEmpty();
        assertThat(page.select("li.criteria--unmet")).isNotEmpty();
        assertThat(page.html()).doesNotContain("value=\"short\"");
        assertErrors(
                user.post("/practice/password", "password", "Practice1!", "confirmation", "Practice2!"),
                "confirmation");
    }

    @Test
    void everyPracticePageAnswersInFrench() throws Exception {
        user.inFrench();
        assertThat(user.page("/practice").select("html").attr("lang")).isEqualTo("fr");
        Document errors = assertErrorsFr(user.post("/practice/identity"));
        assertThat(errors.select(".error-summary").text()).contains("Saisissez");
    }

    static Document assertErrorsFr(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = PracticeSession.parse(response);
        assertThat(page.title()).startsWith("Erreur");
        return page;
    }

    @Test
    void liveCriteriaUseTheServerRulesAndNeedTheCsrfToken() throws Exception {
        String json =
                user.post("/practice/password/criteria", "password", "practice").getContentAsString();
        assertThat(json)
                .contains("{\"id\":\"lowercase\",\"met\":true}")
                .contains("{\"id\":\"uppercase\",\"met\":false}");
        assertThat(user.postWithoutCsrf("/practice/password/criteria").getStatus())
                .isEqualTo(403);
    }
}
