package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ameliwalkthrough.support.PageIntegrity;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page state of the practice steps, in both languages, empty and with errors: no submit button
 * without a form, no {@code aria-describedby} naming a missing id. The same checks as the browser
 * tests make, without Chromium.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageIntegrityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PracticeSession user;
    final List<String> problems = new ArrayList<>();
    final List<String> seen = new ArrayList<>();

    @BeforeEach
    void newVisitor() {
        PracticeData.forgetAttempts(jdbc);
        user = new PracticeSession(mvc);
    }

    void check(String state, MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(state).isIn(200, 422);
        seen.add(state);
        PageIntegrity.problems(PracticeSession.parse(response)).forEach(p -> problems.add(state + ": " + p));
    }

    void page(String path) throws Exception {
        check("GET " + path, user.get(path));
    }

    void errors(String path, String... nameValues) throws Exception {
        MockHttpServletResponse response = user.post(path, nameValues);
        assertThat(response.getStatus()).as("POST " + path).isEqualTo(422);
        check("POST " + path, response);
    }

    @Test
    void theCheckerFindsBothProblems() {
        Document page = Jsoup.parse(
                "<main><button>Go</button><input type=submit>"
                        + "<form id=f><button>In</button></form><button form=f>Owned</button><button type=button>JS</button>"
                        + "<p id=hint>Hint</p><input aria-describedby='hint hint-criteriafalse'><input aria-describedby=hint></main>");
        assertThat(PageIntegrity.submitButtonsWithoutAForm(page)).hasSize(2);
        assertThat(PageIntegrity.describedByMissingIds(page))
                .hasSize(1)
                .first()
                .asString()
                .contains("criteriafalse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void routeOneStepsEmptyAndWithErrors(String lang) throws Exception {
        if (lang.equals("fr")) {
            user.inFrench();
        }
        page("/practice");
        user.choosePersona("emma");
        page("/practice/documents");
        page("/practice/identity");
        errors("/practice/identity");
        user.identity("Clarke", "2880499132047", "12", "4", "1988", "69003");
        page("/practice/iban");
        errors("/practice/iban", "lastSeven", "12");
        errors("/practice/iban", "lastSeven", "0000000");
        user.post("/practice/iban", "lastSeven", "5A02137");
        page("/practice/serial");
        errors("/practice/serial", "missing", "1");
        errors("/practice/serial", "missing", "0000");
        user.post("/practice/serial", "missing", "9869");
        page("/practice/conditions");
        errors("/practice/conditions");
        user.post("/practice/conditions", "accepted", "true");
        page("/practice/password");
        errors("/practice/password", "password", "short", "confirmation", "short");
        errors("/practice/password", "password", "Practice1!", "confirmation", "Practice2!");
        user.post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!");
        page("/practice/contact");
        errors("/practice/contact", "email", "emma", "phone", "07 12 34 56 78");
        user.post("/practice/contact", "email", "emma@example.org", "phone", "06 12 34 56 78");
        page("/practice/check-answers");
        user.post("/practice/check-answers");
        page("/practice/confirmation");
        page("/practice/mailbox");

        assertThat(seen).hasSize(20);
        assertThat(problems).as("page integrity problems").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void franceConnectAndOtherSchemeStops(String lang) throws Exception {
        if (lang.equals("fr")) {
            user.inFrench();
        }
        user.choosePersona("david");
        user.identity("Miller", "1900999404112", "3", "9", "1990", "33000");
        page("/practice/franceconnect");
        PracticeSession pierre = new PracticeSession(mvc);
        if (lang.equals("fr")) {
            pierre.inFrench();
        }
        pierre.choosePersona("pierre");
        MockHttpServletResponse stop = pierre.identity("Gagnon", "1710899401078", "2", "8", "1971", "24200");
        check("other-scheme", pierre.followRedirect(stop));
        assertThat(problems).as("page integrity problems").isEmpty();
    }
}
