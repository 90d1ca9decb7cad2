package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** "Spot the fake" inside the practice mailbox, beside the practice's own validation e-mail. */
@SpringBootTest
@AutoConfigureMockMvc
class MailboxSpotTheFakeTest {

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

    /** Emma's route 1 up to the contact step (the step where the e-mail address is given). */
    void emmaUpToContact() throws Exception {
        user.choosePersona("emma");
        user.identity("CLARKE", "2880499132047", "12", "4", "1988", "69003");
        user.post("/practice/iban", "lastSeven", "5A02137");
        user.post("/practice/serial", "missing", "9869");
        user.post("/practice/conditions", "accepted", "true");
        user.post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!");
    }

    @Test
    void noFakesBeforeTheValidationEmailArrives() throws Exception {
        Document empty = user.page("/practice/mailbox");
        assertThat(empty.select("article.spot-mail")).isEmpty();
        assertThat(empty.select("form.spot-answer")).isEmpty();
    }

    @Test
    void everyMessageIsClassifiedWithItsExplanationAndTheScoreComesAtTheEnd() throws Exception {
        emmaUpToContact();
        user.post("/practice/contact", "email", "emma@example.org", "phone", "06 12 34 56 78");
        user.post("/practice/check-answers");
        Document inbox = user.page("/practice/mailbox?lang=en");
        assertThat(inbox.select("article.mail"))
                .as("the practice's own validation e-mail")
                .hasSize(1);
        assertThat(inbox.select("article.mail form.spot-answer")).hasSize(1);
        assertThat(inbox.select("article.spot-mail")).hasSize(3);
        for (Element fake : inbox.select("article.spot-mail")) {
            assertThat(fake.select(".spot-mail__body a").attr("href"))
                    .startsWith("/stay-safe/spot-the-fake/")
                    .endsWith("/link?from=mailbox");
            assertThat(fake.select("form.spot-answer input[name=from]").val()).isEqualTo("mailbox");
        }
        assertThat(inbox.select("#spot-score").text()).contains("0 of 4");

        String[][] answers = {{"validation", "real"}, {"suspended", "fake"}, {"refund", "fake"}, {"bank", "real"}};
        for (String[] a : answers) {
            var response = user.post("/stay-safe/spot-the-fake/" + a[0], "answer", a[1], "from", "mailbox");
            assertThat(response.getRedirectedUrl()).isEqualTo("/practice/mailbox#spot-" + a[0] + "-feedback");
        }
        Document done = user.page("/practice/mailbox?lang=fr");
        assertThat(done.select("#spot-validation-feedback h3").text()).isEqualTo("Exact : ce message est vrai.");
        assertThat(done.select("#spot-bank-feedback h3").text()).isEqualTo("Pas tout à fait : ce message est faux.");
        assertThat(done.select("#spot-bank-feedback li").text()).contains("cryptogramme");
        assertThat(done.select(".spot-score__result").text()).isEqualTo("Vous avez bien classé 3 message(s) sur 4.");
        assertThat(done.select("form.spot-answer")).isEmpty();
        assertThat(done.select("a.mail__link"))
                .as("the validation link still works")
                .hasSize(1);
    }
}
