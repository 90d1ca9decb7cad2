package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Each blocker persona, driven through the simulator, meets its real-looking message and our explanation. */
@SpringBootTest
@AutoConfigureMockMvc
class BlockerJourneyTest {

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

    /** Chooses the persona, then types their identity; date of birth as d/m/yyyy. */
    MockHttpServletResponse identity(String persona, String last, String nir, String date, String pc) throws Exception {
        user.choosePersona(persona);
        String[] dmy = date.split("/");
        return user.identity(last, nir, dmy[0], dmy[1], dmy[2], pc);
    }

    static Element assertPanel(Document page, Blocker blocker) throws Exception {
        Element panel = page.getElementById("blocker");
        assertThat(panel).as("blocker panel").isNotNull();
        assertThat(panel.attr("data-blocker")).isEqualTo(blocker.anchor());
        assertThat(panel.select("a.blocker-panel__link").attr("href"))
                .isEqualTo("/something-went-wrong#" + blocker.anchor());
        if (blocker.realMessageKey() != null) {
            Properties french = BlockerPersonasTest.bundle("messages_fr.properties");
            Element real = panel.selectFirst(".real-message");
            assertThat(real.attr("lang")).isEqualTo("fr");
            assertThat(real.text()).isEqualTo(french.getProperty(blocker.realMessageKey()));
        }
        return panel;
    }

    @Test
    void tomsTemporaryNumberIsRefusedAtTheIdentityStep() throws Exception {
        MockHttpServletResponse response = identity("tom", "BRENNAN", "796039913604233", "8/3/1996", "35000");
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = PracticeSession.parse(response);
        assertThat(page.select("#nir-error").text()).contains("temporary");
        assertPanel(page, Blocker.TEMPORARY_NUMBER);
    }

    @Test
    void sarahsMarriedNameIsNotRecognised() throws Exception {
        MockHttpServletResponse response = identity("sarah", "MARTIN", "2850299401056", "14/2/1985", "44000");
        assertThat(response.getStatus()).isEqualTo(422);
        assertPanel(PracticeSession.parse(response), Blocker.DETAILS_NOT_RECOGNISED);
    }

    @Test
    void personasTheRecordsCannotCheckMeetTheirBlockerOnTheFranceConnectPage() throws Exception {
        String[][] cases = {
            {"nadia", "HASSAN", "2901099132117", "19/10/1990", "67000"},
            {"priya", "SHARMA", "2950199223031", "22/1/1995", "31000"},
            {"david", "MILLER", "1900999404112", "3/9/1990", "33000"}
        };
        Blocker[] expected = {Blocker.CARD_NOT_RECEIVED, Blocker.CARD_NOT_ACTIVATED, Blocker.RIB_NOT_RECOGNISED};
        for (int i = 0; i < cases.length; i++) {
            String[] c = cases[i];
            MockHttpServletResponse response = identity(c[0], c[1], c[2], c[3], c[4]);
            assertThat(response.getRedirectedUrl()).as(c[0]).isEqualTo("/practice/franceconnect");
            assertPanel(user.page("/practice/franceconnect?lang=fr"), expected[i]);
        }
    }

    /** Pierre (MSA): ameli.fr is not his site, so the journey stops and says where to go; no account. */
    @Test
    void anotherSchemeStopsAtWhereToGoInsteadAndNeverReachesAnAccount() throws Exception {
        MockHttpServletResponse response = identity("pierre", "GAGNON", "1710899401078", "2/8/1971", "24200");
        assertThat(response.getRedirectedUrl()).isEqualTo("/practice/other-scheme");
        Document stop = user.page("/practice/other-scheme?lang=fr");
        assertPanel(stop, Blocker.OTHER_SCHEME);
        assertThat(stop.select("h1").text()).contains("ameli.fr");
        for (String later : new String[] {"franceconnect", "conditions", "password", "contact", "check-answers"}) {
            assertThat(user.get("/practice/" + later).getRedirectedUrl())
                    .as(later)
                    .isEqualTo("/practice/other-scheme");
        }
        assertThat(user.post("/practice/check-answers").getRedirectedUrl()).isEqualTo("/practice/other-scheme");
    }

    @Test
    void oliviasSharedFamilyAddressIsAlreadyUsed() throws Exception {
        identity("olivia", "BENNETT", "2870599404205", "27/5/1987", "06000");
        assertThat(user.post("/practice/iban", "lastSeven", "4010575").getRedirectedUrl())
                .isEqualTo("/practice/serial");
        assertThat(user.post("/practice/serial", "missing", "7229").getRedirectedUrl())
                .isEqualTo("/practice/conditions");
        user.post("/practice/conditions", "accepted", "true");
        user.post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!");
        MockHttpServletResponse used =
                user.post("/practice/contact", "email", "Famille.Bennett@example.com", "phone", "06 12 34 56 78");
        assertThat(used.getStatus()).isEqualTo(422);
        Document page = PracticeSession.parse(used);
        assertThat(page.select("#email-error").text()).contains("already uses this address");
        assertPanel(page, Blocker.EMAIL_ALREADY_USED);

        MockHttpServletResponse own =
                user.post("/practice/contact", "email", "olivia.bennett@example.com", "phone", "06 12 34 56 78");
        assertThat(own.getRedirectedUrl()).isEqualTo("/practice/check-answers");
    }

    @Test
    void aWrongIbanShowsTheRibBlockerAndTheLockPageLinksToWhatToDo() throws Exception {
        identity("emma", "CLARKE", "2880499132047", "12/4/1988", "69003");
        Document wrong = PracticeSession.parse(user.post("/practice/iban", "lastSeven", "0000000"));
        assertPanel(wrong, Blocker.RIB_NOT_RECOGNISED);
        Document fine = user.page("/practice/iban");
        assertThat(fine.getElementById("blocker")).isNull();
        for (int i = 0; i < 4; i++) {
            user.post("/practice/iban", "lastSeven", "0000000");
        }
        assertThat(user.page("/practice/locked").select("p.blocker-help a").attr("href"))
                .isEqualTo("/something-went-wrong#account-locked");
    }
}
