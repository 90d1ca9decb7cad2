package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 10 item 5: switching language on a step shown with errors keeps the errors (translated) and what was typed. */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageSwitchMvcTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    PracticeSession user;

    @BeforeEach
    void emma() throws Exception {
        PracticeData.forgetAttempts(jdbc);
        user = new PracticeSession(mvc);
        user.choosePersona("emma");
    }

    static final String[] BAD_IDENTITY = {
        "lastName", "Clarke", "nir", "2 88 04 99 132 04", "day", "12", "month", "4", "year", "1988", "postcode", ""
    };

    @Test
    void theSwitchOnAnErrorPageResubmitsTheFormAndTheErrorsComeBackInFrench() throws Exception {
        Document english = PracticeSession.parse(user.post("/practice/identity", BAD_IDENTITY));
        Element button = english.selectFirst("header button.lang-switch");
        assertThat(button)
                .as("the switch is a button of the step's form, not a link that loses it")
                .isNotNull();
        assertThat(button.attr("form")).isEqualTo("step-form");
        assertThat(english.getElementById("step-form")).isNotNull();
        assertThat(button.attr("formaction")).isEqualTo("/practice/identity?lang=fr");

        MockHttpServletResponse switched = switchTo("/practice/identity?lang=fr", "fr", BAD_IDENTITY);
        assertThat(switched.getStatus()).isEqualTo(422);
        Document french = PracticeSession.parse(switched);
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("#postcode-error").text())
                .contains(messages.getMessage("practice.identity.postcode.required", null, Locale.FRENCH));
        assertThat(french.select("#nir-error").text())
                .isNotBlank()
                .isNotEqualTo(english.select("#nir-error").text());
        assertThat(french.select(".error-summary li")).hasSameSizeAs(english.select(".error-summary li"));
        assertThat(french.getElementById("nir").val()).isEqualTo("2 88 04 99 132 04");
        assertThat(french.getElementById("lastName").val()).isEqualTo("Clarke");
        assertThat(switched.getCookie("lang").getValue())
                .as("the choice is remembered")
                .isEqualTo("fr");
        assertThat(french.selectFirst("header button.lang-switch").attr("formaction"))
                .isEqualTo("/practice/identity?lang=en");
    }

    @Test
    void aSwitchNeverAppliesTheForm() throws Exception {
        MockHttpServletResponse switched = switchTo(
                "/practice/identity?lang=fr",
                "fr",
                "lastName",
                "Clarke",
                "nir",
                "2 88 04 99 132 047",
                "day",
                "12",
                "month",
                "4",
                "year",
                "1988",
                "postcode",
                "69003");

        assertThat(switched.getStatus())
                .as("the page again, in French, not the next step")
                .isEqualTo(200);
        assertThat(user.get("/practice/iban").getRedirectedUrl()).isEqualTo("/practice/identity");
    }

    @Test
    void aWrongAnswerKeepsItsMessageAndIsNotCountedAgain() throws Exception {
        user.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        Document english = PracticeSession.parse(user.post("/practice/iban", "lastSeven", "1234567"));
        List<String> refusals = english.select("header input[name=refusal]").eachAttr("value");
        assertThat(refusals).containsExactly("lastSeven|practice.iban.lastSeven.wrong|4");
        assertThat(attempts()).isEqualTo(1);

        MockHttpServletResponse switched =
                switchTo("/practice/iban?lang=fr", "fr", "lastSeven", "1234567", "refusal", refusals.get(0));

        assertThat(switched.getStatus()).isEqualTo(422);
        Document french = PracticeSession.parse(switched);
        assertThat(french.select("#lastSeven-error").text())
                .contains(messages.getMessage("practice.iban.lastSeven.wrong", new Object[] {4}, Locale.FRENCH));
        assertThat(french.select(".blocker-panel"))
                .as("the blocker beside a wrong IBAN too")
                .hasSize(1);
        assertThat(attempts())
                .as("switching language is not another wrong answer")
                .isEqualTo(1);
        assertThat(french.select("header input[name=refusal]").eachAttr("value"))
                .as("and switching back keeps it too")
                .containsExactlyElementsOf(refusals);
    }

    @Test
    void aForgedRefusalIsIgnored() throws Exception {
        user.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        MockHttpServletResponse switched = switchTo(
                "/practice/iban?lang=fr",
                "fr",
                "lastSeven",
                "1234567",
                "refusal",
                "nope|no.such.code|1",
                "refusal",
                "class|practice.iban.lastSeven.wrong|1",
                "refusal",
                "lastSeven|practice.iban.lastSeven.wrong|<b>");

        assertThat(switched.getStatus()).isEqualTo(200);
        assertThat(PracticeSession.parse(switched).select(".error-summary")).isEmpty();
    }

    private int attempts() {
        return jdbc.sql("SELECT COALESCE(SUM(wrong_count), 0) FROM practice_check_attempt")
                .query(Integer.class)
                .single();
    }

    /** What the header's switch sends: the step's own form, to the same address with ?lang=. */
    private MockHttpServletResponse switchTo(String url, String language, String... fields) throws Exception {
        List<String> all = new ArrayList<>(List.of("switch-language", language));
        all.addAll(List.of(fields));
        return user.post(url, all.toArray(String[]::new));
    }
}
