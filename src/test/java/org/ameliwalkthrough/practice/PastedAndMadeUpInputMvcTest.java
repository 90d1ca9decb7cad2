package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ameliwalkthrough.identifiers.Normalizer;
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

/** What people paste or make up: a whole IBAN in the last-7 box, a spaced login code, an invented link. */
@SpringBootTest
@AutoConfigureMockMvc
class PastedAndMadeUpInputMvcTest {

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

    static void assertRedirect(MockHttpServletResponse response, String to) {
        assertThat(response.getStatus()).as("status").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(to);
    }

    static Document assertError(MockHttpServletResponse response, String field) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        return PracticeSession.parse(response);
    }

    void emmaAtIban() throws Exception {
        assertRedirect(user.choosePersona("emma"), "/practice/documents");
        assertRedirect(user.identity("Clarke", "2880499132047", "12", "4", "1988", "69003"), "/practice/iban");
    }

    @Test
    void aPastedWholeIbanIsRecognisedAndNotCountedAsAWrongAnswer() throws Exception {
        emmaAtIban();
        for (String pasted : List.of(
                "FR29 2004 1010 0505 1234 5A02 137", // the IBAN on file, as on the RIB
                "FR76\u00a03000 6000 0112 3456 7890 189", // another IBAN, with a no-break space
                "fr2920041010050512345a02137")) {
            Document page = assertError(user.post("/practice/iban", "lastSeven", pasted), "lastSeven");
            assertThat(page.select("#lastSeven-error").text())
                    .as(pasted)
                    .contains("You pasted the whole IBAN: type only its last 7 characters");
        }
        // Three pastes counted nothing: the first wrong answer still leaves 4.
        Document wrong = assertError(user.post("/practice/iban", "lastSeven", "0000000"), "lastSeven");
        assertThat(wrong.select("#lastSeven-error").text()).contains("4 attempts left");
    }

    @Test
    void aPastedWholeIbanInFrench() throws Exception {
        user.inFrench();
        emmaAtIban();
        Document page =
                assertError(user.post("/practice/iban", "lastSeven", "FR2920041010050512345A02137"), "lastSeven");
        assertThat(page.select("#lastSeven-error").text()).contains("l’IBAN entier");
    }

    @Test
    void theIbanHintExampleIsNobodysRealAnswer() throws Exception {
        emmaAtIban();
        List<String> lastSevens =
                jdbc.sql("SELECT iban FROM practice_person WHERE iban IS NOT NULL").query(String.class).list().stream()
                        .map(iban -> iban.substring(iban.length() - 7))
                        .toList();
        assertThat(lastSevens).contains("5A02137");
        for (String lang : List.of("en", "fr")) {
            if (lang.equals("fr")) {
                user.inFrench();
            }
            String hint = Normalizer.compact(
                    user.page("/practice/iban").select("#lastSeven-hint").text());
            assertThat(hint).as(lang).isNotEmpty();
            assertThat(lastSevens).allSatisfy(answer -> assertThat(hint).doesNotContain(answer));
        }
    }

    @Test
    void aLoginCodeWithSpacesIsAccepted() throws Exception {
        for (String separator : List.of(" ", "\u00a0")) {
            PracticeData.forgetAttempts(jdbc);
            user = new PracticeSession(mvc);
            upToLoginCode();
            String code =
                    user.page("/practice/mailbox").select("[data-code]").first().text();
            String typed = code.substring(0, 3) + separator + code.substring(3);
            assertRedirect(user.post("/practice/login/code", "code", typed), "/practice/account");
        }
    }

    void upToLoginCode() throws Exception {
        assertRedirect(user.emmaThroughContact(), "/practice/check-answers");
        assertRedirect(user.post("/practice/check-answers"), "/practice/confirmation");
        String link = user.page("/practice/mailbox").select("a.mail__link").attr("href");
        assertRedirect(user.get(link), "/practice/activated");
        assertRedirect(
                user.post("/practice/login", "nir", "2880499132047", "password", "Practice1!"), "/practice/login/code");
    }

    @Test
    void aMadeUpLinkIsNotValidRatherThanExpired() throws Exception {
        assertRedirect(user.get("/practice/activate?token=nonsense"), "/practice/link-invalid");
        assertRedirect(user.get("/practice/activate"), "/practice/link-invalid");
        Document en = user.page("/practice/link-invalid");
        assertThat(en.select("h1").text()).isEqualTo("This link is not valid");
        assertThat(en.text()).doesNotContain("7 days");
        Document fr = user.inFrench().page("/practice/link-invalid");
        assertThat(fr.select("h1").text()).isEqualTo("Ce lien n’est pas valide");
        assertThat(fr.text()).doesNotContain("7 jours");
    }

    @Test
    void aRealExpiredLinkKeepsTheExpiredPage() throws Exception {
        assertRedirect(user.emmaThroughContact(), "/practice/check-answers");
        assertRedirect(user.post("/practice/check-answers"), "/practice/confirmation");
        String link = user.page("/practice/mailbox").select("a.mail__link").attr("href");
        assertRedirect(user.post("/practice/mailbox/wait"), "/practice/mailbox");
        assertRedirect(user.get(link), "/practice/link-expired");
        assertThat(user.page("/practice/link-expired").text()).contains("More than 7 days");
        assertRedirect(user.get(link), "/practice/link-expired");
    }
}
