package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text that looks empty (no-break spaces, zero-width characters, a BOM, controls) is empty
 * everywhere, and a value the form cannot convert gets our words: never a 500, never Java's message.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadFormInputTest {

    static List<String> blankLooking() {
        return List.of(
                "\u00a0",
                "\u202f",
                "\ufeff",
                "\u200b",
                "\u00a0\u202f\ufeff\u200b",
                " \u00a0 ",
                "\u2060\u00ad",
                "\u3000",
                "\u0000",
                "\u0007\u001b",
                "\u2028\u2029",
                "\u180e",
                "\u034f",
                "\u200e\u200f\u202e");
    }

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

    static void notBroken(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as("status").isLessThan(500);
        assertThat(response.getContentAsString()).doesNotContain("Exception", "at org.");
    }

    @ParameterizedTest
    @MethodSource("blankLooking")
    void checkPage(String blank) throws Exception {
        for (String field : List.of("nir", "numeroFiscal", "iban")) {
            MockHttpServletResponse response = user.post("/check", field, blank);
            notBroken(response);
            MockHttpServletResponse mixed = user.post("/check", field, "1" + blank + "85");
            notBroken(mixed);
        }
        notBroken(user.post("/check", "nir", blank, "numeroFiscal", blank, "iban", blank));
    }

    @ParameterizedTest
    @MethodSource("blankLooking")
    void practiceIdentityAndLogin(String blank) throws Exception {
        user.choosePersona("emma");
        notBroken(user.identity(blank, blank, blank, blank, blank, blank));
        notBroken(user.identity("Clarke", "2 88 04 99 132 047" + blank, "12", "4", "1988", blank));
        notBroken(user.post("/practice/login", "nir", blank, "password", blank));
        notBroken(user.post("/practice/login", "nir", "2880499132047" + blank, "password", "x" + blank));
    }

    @Test
    void contactMadeOfBlankLookingCharactersIsRefusedAndCheckAnswersStillWorks() throws Exception {
        user.emmaThroughContact();
        for (String blank : blankLooking()) {
            MockHttpServletResponse contact = user.post("/practice/contact", "email", blank, "phone", blank);
            assertThat(contact.getStatus())
                    .as(blank.codePoints().boxed().toList().toString())
                    .isEqualTo(422);
        }
        notBroken(user.get("/practice/check-answers"));
        notBroken(user.post("/practice/check-answers"));
    }

    @Test
    void anUnconvertibleAnswerGetsOurMessageNotJavas() throws Exception {
        user.choosePersona("emma");
        user.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        user.post("/practice/iban", "lastSeven", "5a02 137");
        assertThat(user.post("/practice/serial", "missing", "9869").getRedirectedUrl())
                .isEqualTo("/practice/conditions");
        for (String language : List.of("en", "fr")) {
            if (language.equals("fr")) {
                user.inFrench();
            }
            MockHttpServletResponse response = user.post("/practice/conditions", "accepted", "xyz");
            assertThat(response.getStatus()).isEqualTo(422);
            String page = response.getContentAsString();
            assertThat(page)
                    .doesNotContain("Failed to convert", "java.lang", "Boolean", "Invalid boolean")
                    .contains(language.equals("fr") ? "Cochez la case" : "Tick the box");
        }
    }

    @Test
    void controlOnlyContactIsRefused() throws Exception {
        user.emmaThroughContact();
        MockHttpServletResponse contact = user.post("/practice/contact", "email", "\u0000", "phone", "\u0000");
        assertThat(contact.getStatus()).isEqualTo(422);
    }
}
