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
import org.springframework.test.web.servlet.MockMvc;

/** What the practice and guide pages say agrees with the reference, and says where it is not certain. */
@SpringBootTest
@AutoConfigureMockMvc
class ContentAgreesWithSourcesMvcTest {

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

    void emmaToTheSerialStep() throws Exception {
        user.choosePersona("emma");
        user.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        user.post("/practice/iban", "lastSeven", "5a02 137");
    }

    @Test
    void theSerialsHiddenDigitsAndThePasswordLengthCarryTheirNotCertainLabel() throws Exception {
        emmaToTheSerialStep();
        Document serial = user.page("/practice/serial");
        assertThat(serial.select(".uncertain").text())
                .contains("Not certain")
                .contains("11 digits")
                .contains("last 4");
        user.post("/practice/serial", "missing", "9869");
        user.post("/practice/conditions", "accepted", "true");
        Document password = user.page("/practice/password");
        assertThat(password.select(".uncertain").text()).contains("Not certain").contains("length");
        Document fr = user.inFrench().page("/practice/password");
        assertThat(fr.select(".uncertain").text()).contains("longueur");
    }

    @Test
    void theLinkExpiredPageKeepsTheSevenDayCaveat() throws Exception {
        Document page = user.page("/practice/link-expired");
        assertThat(page.select(".uncertain").text()).contains("7 days").contains("2021");
    }

    @Test
    void blockerPanelsQuoteAmeliOnlyWhereASourceGivesItsWordsAndOtherwiseSayParaphrase() throws Exception {
        user.choosePersona("sarah"); // typed her married name: ameli's "erronées", quoted by woob
        Document sarah = PracticeSession.parse(user.identity("Martin", "2850299401056", "14", "2", "1985", "44000"));
        assertThat(sarah.select(".blocker-panel__label").text()).startsWith("On ameli.fr you would see (quoted");
        PracticeSession nadia = new PracticeSession(mvc);
        nadia.choosePersona("nadia"); // no carte Vitale yet: the message is our own
        nadia.identity("Hassan", "2901099132117", "19", "10", "1990", "67000");
        Document fc = nadia.page("/practice/franceconnect");
        assertThat(fc.select(".blocker-panel__label").text())
                .startsWith("Our paraphrase")
                .doesNotContain("you would see");
    }

    @Test
    void aWrongIbanIsExplainedAsALikelyTypoWithWhereToReadTheLastSeven() throws Exception {
        user.choosePersona("emma");
        user.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        Document wrong = PracticeSession.parse(user.post("/practice/iban", "lastSeven", "5A02138"));
        String why = wrong.select(".blocker-panel").text();
        assertThat(why).contains("typo").contains("last two groups");
        assertThat(why.indexOf("typo")).as("the typo comes before \"no RIB\"").isLessThan(why.indexOf("never sent"));
    }

    @Test
    void pierresOtherSchemePagePointsToMsaFr() throws Exception {
        user.choosePersona("pierre");
        user.identity("Gagnon", "1710899401078", "2", "8", "1971", "24200");
        Document page = user.page("/practice/other-scheme");
        assertThat(page.select("a[href=https://www.msa.fr]")).hasSize(1);
        assertThat(user.inFrench().page("/practice/other-scheme").select("#msa").text())
                .contains("msa.fr");
    }

    @Test
    void theLoginCodeComesByEmailNotByTextMessage() throws Exception {
        assertThat(user.page("/checklist").text()).doesNotContain("send you text messages");
        assertThat(user.page("/guide").text()).doesNotContain("ameli can send you text messages");
        user.emmaThroughContact();
        Document contact = PracticeSession.parse(
                user.post("/practice/contact", "email", "emma.clarke@example.org", "phone", "01 23 45 67 89"));
        assertThat(contact.select("#phone-error").text())
                .contains("asks for a mobile")
                .doesNotContain("text message");
    }

    @Test
    void theChecklistSaysTheDateInWordsAndNamesWhatIfItDoesNotMeans() throws Exception {
        for (String lang : new String[] {"en", "fr"}) {
            String text = user.page("/checklist?lang=" + lang).text();
            assertThat(text).doesNotContain("DD/MM/YYYY").doesNotContain("JJ/MM/AAAA");
            assertThat(text).doesNotContain("If it does not:").doesNotContain("Sinon :");
        }
        assertThat(user.page("/checklist?lang=en").text())
                .contains("the day, then the month, then the year")
                .contains(
                        "If your carte Vitale is not activated yet, or Assurance Maladie does not have your bank details");
    }

    @Test
    void unsourcedClaimsAreGone() throws Exception {
        assertThat(user.page("/?lang=en").text()).doesNotContainIgnoringCase("vaccination");
        assertThat(user.page("/?lang=fr").text()).doesNotContainIgnoringCase("vaccination");
        assertThat(user.page("/stay-safe/spot-the-fake?lang=fr").text()).doesNotContain("ne-pas-repondre");
    }

    @Test
    void yrisSaysWhatTheSourcesSayAndWhatTheyDoNot() throws Exception {
        String text =
                user.page("/practice-franceconnect/providers/yris?lang=en").text();
        assertThat(text).contains("impots.gouv.fr lists YRIS").doesNotContain("(not certain");
    }
}
