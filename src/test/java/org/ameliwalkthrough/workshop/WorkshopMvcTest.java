package org.ameliwalkthrough.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ameliwalkthrough.franceconnect.MutableClock;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 13: open, join, the board, the debrief, refusals and the end of a workshop, through MockMvc. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WorkshopMvcTest.Clocks.class)
class WorkshopMvcTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock workshopClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    WorkshopLife life;

    PracticeSession volunteer;

    @BeforeEach
    void fresh() {
        PracticeData.forgetAttempts(jdbc);
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        volunteer = new PracticeSession(mvc);
    }

    /** Opens a workshop and returns the board's path (without the language). */
    String open(String language, String set, int size) throws Exception {
        MockHttpServletResponse opened =
                volunteer.post("/workshop", "language", language, "personaSet", set, "size", String.valueOf(size));
        assertThat(opened.getStatus()).isEqualTo(302);
        assertThat(opened.getRedirectedUrl()).matches("/workshop/[0-9a-f]{32}\\?lang=" + language);
        return opened.getRedirectedUrl().replaceAll("\\?.*", "");
    }

    String code(String board) throws Exception {
        return volunteer.page(board).getElementById("join-code").text();
    }

    PracticeSession learner(String code, String name) throws Exception {
        PracticeSession learner = new PracticeSession(mvc);
        MockHttpServletResponse joined = learner.post("/join", "code", code.toLowerCase(), "name", name);
        assertThat(joined.getRedirectedUrl()).isEqualTo("/join/welcome");
        return learner;
    }

    @Test
    void theBoardShowsTheCodeTheAbsoluteJoinLinkAndItsQrCodeAndIsNeverCached() throws Exception {
        String board = open("en", "ALL", 40);
        MockHttpServletResponse response = volunteer.get(board);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        Document page = PracticeSession.parse(response);
        String code = page.getElementById("join-code").text();
        assertThat(code).matches("[" + WorkshopTokens.CODE_ALPHABET + "]{6}");
        assertThat(page.getElementById("join-link").attr("href")).isEqualTo("http://localhost/join/" + code);
        assertThat(page.select("svg.workshop-qr path").attr("d")).startsWith("M");
        assertThat(page.select("svg.workshop-qr title").text()).isNotBlank();
        assertThat(page.getElementById("board-summary").text()).isEqualTo("No learners, 0 stuck");
        assertThat(page.select("table caption").text()).isNotBlank();
        assertThat(page.select("thead th[scope=col]")).hasSize(5);
        assertThat(page.getElementById("refresh").attr("href")).isEqualTo(board);
        // The board secret is stored only as its hash.
        String secret = board.substring("/workshop/".length());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop WHERE board_hash = ?")
                        .param(secret)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void openingRefusesABadSizeNextToTheField() throws Exception {
        MockHttpServletResponse refused =
                volunteer.post("/workshop", "language", "en", "personaSet", "ALL", "size", "0");
        Document page = PracticeSession.parse(refused);
        assertThat(page.select(".error-summary a[href=#size]").text()).contains("from 1 to 100");
        assertThat(page.getElementById("size-error")).isNotNull();
        assertThat(volunteer.page("/workshop").getElementById("size").val()).isEqualTo("40");
    }

    @Test
    void aWrongSecretIsAPlain404() throws Exception {
        assertThat(volunteer.get("/workshop/0123456789abcdef0123456789abcdef").getStatus())
                .isEqualTo(404);
        assertThat(volunteer.get("/workshop/not-a-secret/debrief").getStatus()).isEqualTo(404);
        assertThat(volunteer
                        .get("/workshop/0123456789abcdef0123456789abcdef/rows")
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theQrLinkFillsInTheCodeAndANameIsSuggested() throws Exception {
        Document page = new PracticeSession(mvc).page("/join/acd-e34");
        assertThat(page.getElementById("code").val()).isEqualTo("ACDE34");
        assertThat(page.getElementById("name").val()).isNotBlank();
        Document french = new PracticeSession(mvc).inFrench().page("/join");
        assertThat(french.getElementById("name-hint").text()).contains("Pas votre vrai nom");
        // The board may be projected: the hint must not promise that only the volunteer sees the name.
        assertThat(page.getElementById("name-hint").text())
                .contains("projector")
                .doesNotContain("Only the volunteer");
        assertThat(french.getElementById("name-hint").text())
                .contains("projeté")
                .doesNotContain("Seul le bénévole");
    }

    @Test
    void aWrongCodeIsRefusedNextToTheField() throws Exception {
        Document page =
                PracticeSession.parse(new PracticeSession(mvc).post("/join", "code", "XXXXXX", "name", "Red kite"));
        assertThat(page.select(".error-summary a[href=#code]").text()).contains("no workshop with this code");
        assertThat(page.getElementById("code-error").text()).contains("no workshop with this code");
        assertThat(page.title()).startsWith("Error:");
    }

    /** Issue 13 trial: a learner read the board's C as O; "no workshop" sent them to the volunteer for nothing. */
    @Test
    void aCodeWithALookAlikeCodesNeverUseSaysSoAndKeepsWhatWasTyped() throws Exception {
        Document page =
                PracticeSession.parse(new PracticeSession(mvc).post("/join", "code", "4f94co", "name", "Red kite"));
        assertThat(page.getElementById("code-error").text()).contains("Codes never contain");
        assertThat(page.select(".error-summary a[href=#code]").text()).contains("Codes never contain");
        assertThat(page.getElementById("code").val()).isEqualTo("4f94co");
        Document french = PracticeSession.parse(
                new PracticeSession(mvc).inFrench().post("/join", "code", "ACDE1O", "name", "Milan rouge"));
        assertThat(french.getElementById("code-error").text()).contains("ne contiennent jamais");
        // The message lists exactly the letters and digits the alphabet leaves out, in both languages.
        Set<String> left = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                .chars()
                .filter(c -> WorkshopTokens.CODE_ALPHABET.indexOf(c) < 0)
                .mapToObj(Character::toString)
                .collect(Collectors.toSet());
        for (Document shown : List.of(page, french)) {
            String listed = shown.getElementById("code-error").text().replaceAll("\\(.*", "");
            assertThat(Pattern.compile("\\b[A-Z0-9]\\b")
                            .matcher(listed)
                            .results()
                            .map(MatchResult::group))
                    .containsExactlyInAnyOrderElementsOf(left);
        }
    }

    @Test
    void aFullWorkshopRefusesTheNextLearner() throws Exception {
        String code = code(open("en", "ALL", 1));
        learner(code, "Red kite");
        Document page =
                PracticeSession.parse(new PracticeSession(mvc).post("/join", "code", code, "name", "Grey seal"));
        assertThat(page.getElementById("code-error").text()).contains("full");
    }

    @Test
    void personasAreHandedOutLeastUsedFirstWithinTheSet() throws Exception {
        String board = open("en", "ROUTE_1", 40);
        String code = code(board);
        learner(code, "A");
        learner(code, "B");
        var slugs = jdbc.sql("SELECT persona_slug FROM workshop_learner WHERE display_name IN ('A', 'B')")
                .query(String.class)
                .list();
        assertThat(slugs).doesNotHaveDuplicates().doesNotContain("david", "priya", "tom", "nadia", "pierre");
    }

    @Test
    void aLearnerStuckOnTheIbanComesFirstWithTheKindOfMistakeAndTheDebriefExplainsIt() throws Exception {
        String board = open("en", "ROUTE_1", 40);
        String code = code(board);
        PracticeSession going = learner(code, "Green fox");
        PracticeSession stuck = learner(code, "Blue heron");
        forcePersona("Blue heron", "emma");
        forcePersona("Green fox", "emma");
        for (PracticeSession l : new PracticeSession[] {going, stuck}) {
            l.post("/practice/persona", "persona", "emma");
            l.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
            l.get("/practice/iban");
        }
        for (int i = 0; i < 3; i++) {
            assertThat(stuck.post("/practice/iban", "lastSeven", "5A02138").getStatus())
                    .isEqualTo(422);
        }
        // Scoped to the learner: the other learner as the same persona still has all 5 tries.
        assertThat(going.post("/practice/iban", "lastSeven", "5A02138").getContentAsString())
                .contains("4 attempts left");

        Document page = volunteer.page(board);
        Element first = page.select("#board-rows tr").first();
        assertThat(first.select("th").text()).isEqualTo("Blue heron");
        assertThat(first.text()).contains("Stuck", "your bank details", "3", "IBAN letter/digit", "route 1");
        assertThat(page.getElementById("board-summary").text()).isEqualTo("2 learners, 1 stuck");
        assertThat(page.select("a[href^=/practice/personas/emma/pack]")).hasSize(1);
        String allPacks = page.getElementById("all-packs").attr("href");
        assertThat(allPacks).startsWith("/practice/personas/packs?keys=").contains("emma");
        mvc.perform(get(allPacks)).andExpect(status().isOk());
        mvc.perform(get("/practice/personas/emma/pack")).andExpect(status().isOk());

        Document rows = volunteer.page(board + "/rows");
        assertThat(rows.select("#board-rows tr").first().text()).contains("Blue heron", "Stuck");

        Document debrief = volunteer.page(board + "/debrief");
        Element top = debrief.select(".workshop-mistakes li").first();
        assertThat(top.select("h3").text()).contains("IBAN letter/digit", "4 times");
        assertThat(top.select("a").attr("href")).isEqualTo("/where-to-find-your-numbers#rib");
        assertThat(debrief.text()).doesNotContain("Blue heron", "Green fox");
    }

    @Test
    void theBoardIsInTheVolunteersLanguage() throws Exception {
        String board = open("fr", "ALL", 40);
        Document page = volunteer.page(board + "?lang=fr");
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.getElementById("board-summary").text()).isEqualTo("Aucun participant, 0 en difficulté");
    }

    @Test
    void closingPurgesTheRowsAndTheLearnersJourneys() throws Exception {
        String board = open("en", "ALL", 40);
        String code = code(board);
        PracticeSession learner = learner(code, "Black swan");
        learner.post("/practice/persona", "persona", "emma");
        learner.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        assertThat(learner.get("/practice/iban").getStatus()).isEqualTo(200);
        learner.post("/practice/iban", "lastSeven", "0000000");
        assertThat(count("workshop_mistake", code)).isOne();

        assertThat(volunteer.page(board + "/close").getElementById("confirm-close"))
                .isNotNull();
        assertThat(volunteer.post(board + "/close").getRedirectedUrl()).isEqualTo(board);
        assertThat(volunteer.page(board).select("h1").text()).isEqualTo("This workshop is closed");
        // Not an empty debrief ("No learners took part"), which would belie the room's session.
        assertThat(volunteer.page(board + "/debrief").select("h1").text()).isEqualTo("This workshop is closed");
        assertThat(count("workshop_learner", code)).isZero();
        assertThat(count("workshop_mistake", code)).isZero();

        MockHttpServletResponse next = learner.get("/practice/iban");
        assertThat(next.getRedirectedUrl()).isEqualTo("/join/ended");
        assertThat(learner.page("/join/ended").select("h1").text()).isEqualTo("This workshop has ended");
        // The journey is gone: practising alone starts afresh.
        assertThat(learner.get("/practice/iban").getRedirectedUrl()).doesNotEndWith("/practice/iban");
        Document refused = PracticeSession.parse(new PracticeSession(mvc).post("/join", "code", code, "name", "Owl"));
        assertThat(refused.getElementById("code-error").text()).contains("ended");
    }

    @Test
    void after12HoursTheWorkshopEndsByItself() throws Exception {
        String board = open("en", "ALL", 40);
        String code = code(board);
        PracticeSession learner = learner(code, "White owl");
        learner.post("/practice/persona", "persona", "emma");
        clock.advance(Duration.ofHours(12));
        life.purge();
        assertThat(count("workshop_learner", code)).isZero();
        assertThat(learner.get("/practice/documents").getRedirectedUrl()).isEqualTo("/join/ended");
        assertThat(volunteer.page(board).select("h1").text()).isEqualTo("This workshop is closed");
        Document refused = PracticeSession.parse(new PracticeSession(mvc).post("/join", "code", code, "name", "Owl"));
        assertThat(refused.getElementById("code-error").text()).contains("ended");
    }

    @Test
    void aLearnerNeverSeesTheBoardSecret() throws Exception {
        String board = open("en", "ALL", 40);
        String secret = board.substring("/workshop/".length());
        PracticeSession learner = learner(code(board), "Brown bear");
        assertThat(learner.get("/join/welcome").getContentAsString()).doesNotContain(secret);
        assertThat(learner.get("/workshop/" + "f".repeat(32)).getStatus()).isEqualTo(404);
        String stored = jdbc.sql("SELECT COUNT(*) FROM spring_session_attributes")
                        .query(Integer.class)
                        .single() + "";
        assertThat(stored).isNotEmpty();
    }

    @Test
    void learnersMayChooseWhenTheVolunteerAllowsIt() throws Exception {
        MockHttpServletResponse opened = volunteer.post(
                "/workshop", "language", "en", "personaSet", "FRANCECONNECT", "learnersChoose", "true", "size", "40");
        String code = code(opened.getRedirectedUrl().replaceAll("\\?.*", ""));
        PracticeSession learner = new PracticeSession(mvc);
        assertThat(learner.post("/join", "code", code, "name", "Red kite").getRedirectedUrl())
                .isEqualTo("/join/persona");
        Document choice = learner.page("/join/persona");
        assertThat(choice.select("input[name=persona]").eachAttr("value"))
                .contains("david")
                .doesNotContain("emma");
        // Each choice tells the persona's story (as the practice start page does), so the route is no guess.
        assertThat(choice.selectFirst("input[value=david]").attr("aria-describedby"))
                .isEqualTo("story-david");
        assertThat(choice.getElementById("story-david").text()).isNotBlank();
        Document refused = PracticeSession.parse(learner.post("/join/persona"));
        assertThat(refused.select(".error-summary a[href=#persona]")).hasSize(1);
        assertThat(learner.post("/join/persona", "persona", "david").getRedirectedUrl())
                .isEqualTo("/join/welcome");
        assertThat(learner.page("/join/welcome").getElementById("start-as").val())
                .isEqualTo("david");
    }

    /** Issue 13 trial: a learner with a printed pack opened /practice, skipped /join and never showed on the board. */
    @Test
    void theBoardsPacksSayHowToJoinThisWorkshopAndOnlyWhileItIsOpen() throws Exception {
        String board = open("en", "FRANCECONNECT", 40);
        String code = code(board);
        Document page = volunteer.page(board);
        String one = page.selectFirst("a[href^=/practice/personas/david/pack]").attr("href");
        String all = page.getElementById("all-packs").attr("href");
        assertThat(one).endsWith("?workshop=" + code);
        for (String pack : List.of(one, all)) {
            Document printed = new PracticeSession(mvc).page(pack);
            assertThat(printed.selectFirst("[data-pack=start]").text())
                    .contains("http://localhost/join")
                    .doesNotContain("/practice");
            assertThat(printed.selectFirst("[data-pack=code]").text()).isEqualTo(code);
            assertThat(printed.selectFirst(".lang-switch").attr("href")).contains("workshop=" + code);
        }
        Document french = new PracticeSession(mvc).inFrench().page(one);
        assertThat(french.selectFirst("[data-pack=start]").text()).contains("tapez le code");
        // A typed-in code that no open workshop has is never printed: the ordinary pack.
        for (String query : List.of("XXXXXX", "ACD34E", "%3Cb%3EFAKE")) {
            Document plain = new PracticeSession(mvc).page("/practice/personas/david/pack?workshop=" + query);
            assertThat(plain.select("[data-pack=code]")).isEmpty();
            assertThat(plain.selectFirst("[data-pack=start]").text()).contains("/practice");
            assertThat(plain.html()).doesNotContain("FAKE");
        }
        volunteer.post(board + "/close");
        Document closed = new PracticeSession(mvc).page(one);
        assertThat(closed.select("[data-pack=code]")).isEmpty();
        assertThat(closed.selectFirst("[data-pack=start]").text()).contains("/practice");
    }

    /** Packs are printed before the room arrives: with no one joined yet, the board offers the set's. */
    @Test
    void beforeAnyoneJoinsTheBoardOffersThePacksOfTheSetHandedOut() throws Exception {
        Document page = volunteer.page(open("en", "FRANCECONNECT", 40));
        assertThat(page.select("a[href^=/practice/personas/david/pack]")).hasSize(1);
        assertThat(page.select("a[href^=/practice/personas/emma/pack]")).isEmpty();
        assertThat(page.getElementById("all-packs").attr("href")).contains("david");
    }

    /** From the identity page straight to FranceConnect: the board says FranceConnect, not "your identity". */
    @Test
    void aLearnerRefusedByThePracticeImpotsLoginIsOnTheFranceConnectStep() throws Exception {
        String board = open("en", "FRANCECONNECT", 40);
        PracticeSession learner = learner(code(board), "Red kite");
        forcePersona("Red kite", "david");
        learner.post("/practice/persona", "persona", "david");
        learner.get("/practice/identity");
        String start = learner.page("/practice/identity")
                .selectFirst("form:has(button.fc-button)")
                .attr("action");
        MockHttpServletResponse next = learner.post(start);
        for (int hops = 0; hops < 5 && next.getRedirectedUrl() != null; hops++) {
            next = learner.followRedirect(next);
        }
        assertThat(learner.get("/practice-franceconnect/impots").getStatus()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            learner.post("/practice-franceconnect/impots", "numeroFiscal", "37 29 488 324 303", "password", "nope" + i);
        }
        Element row = volunteer.page(board).select("#board-rows tr").first();
        assertThat(row.text())
                .contains("Stuck", "impots.gouv.fr password", "FranceConnect")
                .doesNotContain("your identity");
    }

    /** A learner who follows "Choose someone else" is shown as the persona they now practise as, from scratch. */
    @Test
    void theBoardFollowsALearnerWhoChoosesSomeoneElse() throws Exception {
        String board = open("en", "ROUTE_1", 40);
        PracticeSession learner = learner(code(board), "Red kite");
        forcePersona("Red kite", "emma");
        learner.post("/practice/persona", "persona", "emma");
        learner.identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003");
        learner.get("/practice/iban");
        for (int i = 0; i < 3; i++) {
            learner.post("/practice/iban", "lastSeven", "5A02138");
        }
        assertThat(volunteer.page(board).select("#board-rows tr").first().text())
                .contains("Emma", "Stuck");

        learner.post("/practice/persona", "persona", "pierre");

        Element row = volunteer.page(board).select("#board-rows tr").first();
        assertThat(row.text()).contains("Pierre").doesNotContain("Emma", "Stuck", "IBAN");
        assertThat(volunteer.page(board).select("a[href^=/practice/personas/pierre/pack]"))
                .hasSize(1);
    }

    private int count(String table, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table
                        + " WHERE workshop_id IN (SELECT id FROM workshop WHERE join_code = ?)")
                .param(code)
                .query(Integer.class)
                .single();
    }

    private void forcePersona(String name, String slug) {
        jdbc.sql("UPDATE workshop_learner SET persona_slug = ? WHERE display_name = ?")
                .params(slug, name)
                .update();
    }
}
