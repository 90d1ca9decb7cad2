package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The identity screen asks what ameli asks, in its order; every step's error summary reads like its page. */
@SpringBootTest
@AutoConfigureMockMvc
class IdentityFieldsMvcTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PracticeRecords records;

    PracticeSession user;

    @BeforeEach
    void newVisitor() {
        PracticeData.forgetAttempts(jdbc);
        user = new PracticeSession(mvc);
    }

    /** The ids of the form's fields (inputs, and the date fieldset) in page order. */
    static List<String> fieldIdsInPageOrder(Document page) {
        List<String> ids = new ArrayList<>();
        for (Element e : page.select("form input[id]:not([type=hidden]), form fieldset[id], form select[id]")) {
            ids.add(e.id());
        }
        return ids;
    }

    /** The error summary's links, as field ids, in the order the summary lists them. */
    static List<String> summaryTargets(Document page) {
        return page.select(".error-summary a").eachAttr("href").stream()
                .map(h -> h.substring(1))
                .filter(id -> !id.equals("main-content"))
                .toList();
    }

    static void assertSummaryFollowsThePage(MockHttpServletResponse response, int atLeast) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = PracticeSession.parse(response);
        List<String> targets = summaryTargets(page);
        assertThat(targets).hasSizeGreaterThanOrEqualTo(atLeast);
        List<String> dom = fieldIdsInPageOrder(page);
        List<Integer> positions = targets.stream().map(dom::indexOf).toList();
        assertThat(positions)
                .as("summary " + targets + " against page " + dom)
                .doesNotContain(-1)
                .isSorted();
    }

    @Test
    void identityAsksNomNirDateOfBirthAndPostcodeInAmelisOrderAndNoFirstName() throws Exception {
        user.choosePersona("emma");
        Document page = user.page("/practice/identity");
        assertThat(page.select("#firstName")).isEmpty();
        assertThat(fieldIdsInPageOrder(page))
                .containsExactly("lastName", "nir", "birthDate", "day", "month", "year", "postcode");
    }

    @Test
    void backFromTheIdentityPageGoesToThePersonasDocuments() throws Exception {
        user.choosePersona("emma");
        assertThat(user.page("/practice/identity").select("a.back-link").attr("href"))
                .isEqualTo("/practice/documents");
    }

    @Test
    void aWholeDateTypedIntoTheDayBoxIsExplained() throws Exception {
        user.choosePersona("emma");
        MockHttpServletResponse response = user.identity("Clarke", "2880499132047", "12/04/1988", "", "", "69003");
        Document page = PracticeSession.parse(response);
        assertThat(page.select("#birthDate-error").text()).contains("own box").contains("Day");
        assertThat(page.select("#day").attr("maxlength")).isEqualTo("10");
        Document fr = PracticeSession.parse(
                user.inFrench().identity("Clarke", "2880499132047", "12.04.1988", "", "", "69003"));
        assertThat(fr.select("#birthDate-error").text()).contains("chacun dans sa case");
    }

    @Test
    void everyStepsErrorSummaryListsErrorsInTheOrderOfTheFields() throws Exception {
        user.choosePersona("emma");
        assertSummaryFollowsThePage(user.post("/practice/identity"), 4);
        assertSummaryFollowsThePage(user.identity("Clarke", "2880499132047", "", "", "", "6900"), 2);
        assertSummaryFollowsThePage(user.inFrench().post("/practice/identity"), 4);
        user.inEnglish();
        user.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        user.post("/practice/iban", "lastSeven", "5a02 137");
        user.post("/practice/serial", "missing", "9869");
        user.post("/practice/conditions", "accepted", "true");
        assertSummaryFollowsThePage(user.post("/practice/password"), 2);
        user.post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!");
        assertSummaryFollowsThePage(user.post("/practice/contact"), 2);
        assertSummaryFollowsThePage(user.post("/practice/contact", "email", "not an address", "phone", "01"), 2);
    }

    /** A hint's example must not be a persona's own answer, or copying the example passes the step. */
    @Test
    void noHintOrErrorExampleIsAPersonasAnswer() throws Exception {
        List<String> answers = new ArrayList<>();
        for (PracticePerson p : records.findAllPersonas()) {
            answers.add(p.postcode().normalized());
            answers.add(p.birthDate().format(DateTimeFormatter.ofPattern("d M yyyy")));
            answers.add(p.birthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            if (p.iban() != null) {
                answers.add(p.iban().lastSeven());
            }
            if (p.papers() != null) {
                answers.add(p.papers().email().normalized());
                answers.add(p.papers().mobile().formatted());
            }
        }
        for (String bundle : List.of("messages.properties", "messages_fr.properties")) {
            Properties messages = new Properties();
            try (var in =
                    new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : messages.stringPropertyNames()) {
                if (key.matches(
                        "(practice|identifier|checklist)\\..*(hint|required|format|invalid|whole|Date|example).*")) {
                    for (String answer : answers) {
                        assertThat(messages.getProperty(key))
                                .as(bundle + " " + key)
                                .doesNotContainIgnoringCase(answer);
                    }
                }
            }
        }
    }

    @Test
    void routeOneCheckAnswersShowsNoFirstNameRow() throws Exception {
        user.emmaThroughContact();
        Document check = user.page("/practice/check-answers");
        assertThat(check.select("[data-answer=lastName]")).hasSize(1);
        assertThat(check.select("[data-answer=firstName]")).isEmpty();
    }

    @Test
    void theNextStepWordingDoesNotSayFranceConnectBesideTheFranceConnectButton() throws Exception {
        user.choosePersona("david");
        Document identity = user.page("/practice/identity");
        assertThat(identity.select(".stepper").text())
                .contains("ameli checks these details")
                .doesNotContain("FranceConnect");
        user.identity("Miller", "1 90 09 99 404 112", "3", "9", "1990", "33000");
        Document fc = user.page("/practice/franceconnect");
        assertThat(fc.select(".stepper").text())
                .contains("sign in on the FranceConnect site")
                .contains("conditions of use");
    }
}
