package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "Which route is mine?" helper: a GET form that answers, or explains what is missing, in both languages; each answer ends with the persona who rehearses it. */
@SpringBootTest
@AutoConfigureMockMvc
class WhichRouteTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeRecords records;

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    private Document page(String lang, String... params) throws Exception {
        var request = get("/guide/which-route").param("lang", lang).param("asked", "yes");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(perform(request).getContentAsString());
    }

    /** Route 1's answers with some questions answered differently: "question=value ..." */
    private Document answered(String lang, String changes) throws Exception {
        String[] answers = WhichRouteControllerTest.ROUTE_1.clone();
        for (String change : changes.isBlank() ? new String[0] : changes.split(" ")) {
            String[] qv = change.split("=");
            answers[List.of(answers).indexOf(qv[0]) + 1] = qv[1];
        }
        return page(lang, answers);
    }

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource({
        "en, '',                                  'Your route: route 1',                          emma,   '',                      /guide#route-1",
        "en, impotsAccount=no,                    'Your route: route 1',                          emma,   '',                      /guide#route-1",
        "en, scheme=other,                        'Your route: your own scheme',                  pierre, other-scheme,            /help",
        "en, scheme=unknown,                      'First find out: which organisation',           '',     '',                      /help",
        "en, numberStart=temporary,               'Your route: wait for your permanent number',   tom,    temporary-number,        /help",
        "en, numberStart=unknown,                 'First find out: is your number permanent?',    tom,    temporary-number,        /where-to-find-your-numbers",
        "en, carteVitale=notActivated,            'Your route: FranceConnect',                    priya,  card-not-activated,      /guide#franceconnect",
        "en, carteVitale=notReceived bankDetailsKnown=no, 'Your route: FranceConnect',            nadia,  card-not-received,       /guide#franceconnect",
        "en, bankDetailsKnown=no impotsAccount=no, 'Your route: FranceConnect',                   david,  rib-not-recognised,      /guide#franceconnect",
        "en, carteVitale=unknown impotsAccount=unknown, 'First find out, or go straight',         priya,  card-not-activated,      /guide#franceconnect",
        "en, bankDetailsKnown=unknown,            'First find out, or go straight',               david,  rib-not-recognised,      /guide#franceconnect",
        "fr, '',                                  'Votre parcours : le parcours 1',               emma,   '',                      /guide#route-1",
        "fr, scheme=other,                        'Votre parcours : le site de votre propre régime', pierre, other-scheme,         /help",
        "fr, scheme=unknown,                      'D''abord, savoir quel organisme',              '',     '',                      /help",
        "fr, numberStart=temporary,               'Votre parcours : attendre votre numéro définitif', tom, temporary-number,        /help",
        "fr, numberStart=unknown,                 'D''abord, savoir si votre numéro',             tom,    temporary-number,        /where-to-find-your-numbers",
        "fr, carteVitale=notActivated,            'Votre parcours : FranceConnect',               priya,  card-not-activated,      /guide#franceconnect",
        "fr, carteVitale=notReceived,             'Votre parcours : FranceConnect',               nadia,  card-not-received,       /guide#franceconnect",
        "fr, bankDetailsKnown=no impotsAccount=no, 'Votre parcours : FranceConnect',              david,  rib-not-recognised,      /guide#franceconnect",
        "fr, carteVitale=unknown,                 'D''abord vérifier, ou passer directement',     priya,  card-not-activated,      /guide#franceconnect",
        "fr, bankDetailsKnown=unknown impotsAccount=unknown, 'D''abord vérifier',                 david,  rib-not-recognised,      /guide#franceconnect"
    })
    void eachAnswerPageEndsWithThePersonaWhoRehearsesItAndItsBlocker(
            String lang, String changes, String heading, String persona, String blocker, String link) throws Exception {
        Document page = answered(lang, changes);

        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select("h1").text()).startsWith(heading);
        assertThat(page.select("main a[href=" + link + "]")).hasSize(1);
        if (persona.isEmpty()) { // "find out first": no persona, least of all one of another scheme
            assertThat(page.select(".rehearse")).isEmpty();
        } else {
            assertThat(page.select(".rehearse a").attr("href"))
                    .isEqualTo("/practice?persona=" + persona + "#persona-" + persona);
            assertThat(page.select(".rehearse a").text())
                    .endsWith(" " + Character.toUpperCase(persona.charAt(0)) + persona.substring(1));
        }
        if (blocker.isEmpty()) {
            assertThat(page.select(".route-blocker")).isEmpty();
        } else {
            assertThat(page.select(".route-blocker a").attr("href")).isEqualTo("/something-went-wrong#" + blocker);
            assertThat(page.select(".route-blocker a").text()).isNotBlank();
        }
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(page.select("main form"))
                .as("the answer replaces the questions")
                .isEmpty();
    }

    @ParameterizedTest(name = "impots.gouv.fr {0} in {1}")
    @CsvSource({
        "yes,     en, 'Use your impots.gouv.fr account', 0",
        "no,      en, 'Creating an impots.gouv.fr account needs', 3",
        "unknown, en, 'Not sure you have an impots.gouv.fr account?', 3",
        "yes,     fr, 'Utilisez votre compte impots.gouv.fr', 0",
        "no,      fr, 'Pour créer un compte impots.gouv.fr', 3",
        "unknown, fr, 'Vous ne savez pas si vous avez un compte impots.gouv.fr', 3"
    })
    void withoutAnImpotsAccountTheAnswerGivesTheOtherWaysIn(String impots, String lang, String first, int ways)
            throws Exception {
        Document page = answered(lang, "bankDetailsKnown=no impotsAccount=" + impots);

        assertThat(page.select(".route-signin p").first().text()).startsWith(first);
        assertThat(page.select(".route-signin .route-ways li")).hasSize(ways);
        assertThat(page.select(".route-signin .uncertain")).hasSize(ways == 0 ? 0 : 1);
        if (ways > 0) {
            assertThat(page.select(".route-ways li").get(0).text())
                    .contains("La Poste")
                    .contains("France Identité");
            assertThat(page.select(".route-ways li").get(1).text()).contains("3646");
            assertThat(page.select(".route-ways li").get(2).text()).contains("CPAM");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void schemePagesSayWhereTheSourcesAreNotCertain(String lang) throws Exception {
        for (String changes : new String[] {"scheme=other", "scheme=unknown"}) {
            Document page = answered(lang, changes);
            assertThat(page.select(".uncertain").text()).as(changes).isNotBlank();
            assertThat(page.select(".route-signin")).isEmpty();
        }
    }

    /** Not knowing anything is not "another scheme": the answer says what to check first and where, with no persona. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void iDontKnowToEveryQuestionEndsOnFindingOutFirstNotOnPierre(String lang) throws Exception {
        Document page = answered(
                lang,
                "scheme=unknown numberStart=unknown carteVitale=unknown bankDetailsKnown=unknown impotsAccount=unknown");
        assertThat(page.select("h1").attr("data-outcome")).isEqualTo("FIND_OUT_SCHEME");
        assertThat(page.select("main").text())
                .doesNotContain("Pierre")
                .contains("3646")
                .contains("msa.fr");
        assertThat(page.select(".rehearse")).isEmpty();
        assertThat(page.select(".route-blocker")).isEmpty();
    }

    /** The helper names personas and blockers as data; the practice records must agree with it. */
    @Test
    void everyPersonaTheHelperNamesRehearsesItsBlockerInTheRecords() {
        for (WhichRoute.Scheme s : WhichRoute.Scheme.values())
            for (WhichRoute.NumberStart n : WhichRoute.NumberStart.values())
                for (WhichRoute.Card c : WhichRoute.Card.values())
                    for (WhichRoute.YesNo b : WhichRoute.YesNo.values()) {
                        WhichRoute.Answer answer = WhichRoute.decide(s, n, c, b, WhichRoute.YesNo.YES);
                        if (answer.persona() == null) {
                            continue; // "find out first" names no persona
                        }
                        PracticePerson person =
                                records.findBySlug(answer.persona()).orElseThrow();
                        String expected = answer.blocker() == null
                                ? null
                                : answer.blocker().anchor();
                        assertThat(person.blocker()).as(answer.toString()).isEqualTo(expected);
                    }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
        "en, Error:, Select whether you have an activated carte Vitale, Select yes if the Assurance Maladie has your bank details, I don't know",
        "fr, Erreur :, Indiquez si vous avez une carte Vitale activée, Choisissez oui si l'Assurance Maladie a vos coordonnées bancaires, Je ne sais pas"
    })
    void missingAnswersAreListedInTheSummaryAndBesideEachQuestion(
            String lang, String titlePrefix, String vitaleError, String bankError, String dontKnow) throws Exception {
        Document page = page(lang);

        assertThat(page.title()).startsWith(titlePrefix);
        var links = page.select(".error-summary a");
        assertThat(links.eachAttr("href"))
                .containsExactlyElementsOf(
                        WhichRouteForm.QUESTIONS.stream().map(q -> "#" + q).toList());
        assertThat(links.get(2).text()).startsWith(vitaleError);
        assertThat(links.get(3).text()).startsWith(bankError);
        assertThat(links.eachText()).allSatisfy(text -> assertThat(text).contains(dontKnow));
        // Each summary link lands on a real radio, and each question carries its own error.
        for (String question : WhichRouteForm.QUESTIONS) {
            assertThat(page.select("input[type=radio]#" + question)).hasSize(1);
            assertThat(page.select("fieldset:has(#" + question + ")").attr("aria-describedby"))
                    .contains(question + "-error");
        }
        assertThat(page.select("#carteVitale-error").text()).contains(vitaleError);
    }

    @Test
    void oneMissingAnswerKeepsTheOtherAndFlagsOnlyTheMissingOne() throws Exception {
        Document page = page(
                "en",
                "scheme",
                "general",
                "numberStart",
                "permanent",
                "bankDetailsKnown",
                "no",
                "impotsAccount",
                "unknown");

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#carteVitale");
        assertThat(page.select("#bankDetailsKnown-no").hasAttr("checked")).isTrue();
        assertThat(page.select("#impotsAccount-unknown").hasAttr("checked")).isTrue();
        assertThat(page.select("#bankDetailsKnown-error")).isEmpty();
    }

    @Test
    void anAnswerOtherThanYesOrNoIsRejected() throws Exception {
        Document page = page("en", WhichRouteControllerTest.route1With("carteVitale", "maybe"));

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#carteVitale");
    }

    @Test
    void firstVisitShowsTheQuestionsWithoutErrorsAsAPlainGetFormWithoutSession() throws Exception {
        MockHttpServletResponse response = perform(get("/guide/which-route").param("lang", "en"));
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(page.title()).doesNotStartWith("Error");
        var form = page.selectFirst("main form");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/guide/which-route");
        assertThat(form.select("input[name=_csrf]")).isEmpty();
        assertThat(form.select("fieldset legend")).hasSize(WhichRouteForm.QUESTIONS.size());
        assertThat(response.getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION"));
    }

    @Test
    void theGuidePageOffersTheSameQuestions() throws Exception {
        Document page = Jsoup.parse(perform(get("/guide").param("lang", "fr")).getContentAsString());

        assertThat(page.select("#which-route ~ form[action=/guide/which-route] input[type=radio]"))
                .hasSize(16);
        assertThat(page.select(".error-summary")).isEmpty();
    }
}
