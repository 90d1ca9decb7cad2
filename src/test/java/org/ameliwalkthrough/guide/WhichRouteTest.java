package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "Which route is mine?" helper: a GET form that answers, or explains what is missing, in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
class WhichRouteTest {

    @Autowired
    MockMvc mvc;

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

    @ParameterizedTest(name = "carte Vitale {0}, bank details {1} in {2}: {3}")
    @CsvSource({
        "yes, yes, en, 'Your route: route 1', 0, /guide#route-1",
        "yes, no,  en, 'Your route: FranceConnect', 1, /guide#franceconnect",
        "no,  yes, en, 'Your route: FranceConnect', 1, /guide#franceconnect",
        "no,  no,  en, 'Your route: FranceConnect', 2, /guide#franceconnect",
        "yes, yes, fr, 'Votre parcours : le parcours 1', 0, /guide#route-1",
        "yes, no,  fr, 'Votre parcours : FranceConnect', 1, /guide#franceconnect",
        "no,  yes, fr, 'Votre parcours : FranceConnect', 1, /guide#franceconnect",
        "no,  no,  fr, 'Votre parcours : FranceConnect', 2, /guide#franceconnect"
    })
    void eachCombinationOfAnswersGivesItsRoute(
            String vitale, String bank, String lang, String heading, int reasons, String link) throws Exception {
        Document page = page(lang, "vitaleActivated", vitale, "bankDetailsKnown", bank);

        assertThat(page.select("h1").text()).startsWith(heading);
        assertThat(page.select("main li")).hasSize(reasons);
        assertThat(page.select("main a[href=" + link + "]")).hasSize(1);
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(page.select("main form"))
                .as("the answer replaces the questions")
                .isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
        "en, Error:, Select yes if you have an activated carte Vitale, Select yes if the Assurance Maladie has your bank details",
        "fr, Erreur :, Choisissez oui si vous avez une carte Vitale activée, Choisissez oui si l'Assurance Maladie a vos coordonnées bancaires"
    })
    void missingAnswersAreListedInTheSummaryAndBesideEachQuestion(
            String lang, String titlePrefix, String vitaleError, String bankError) throws Exception {
        Document page = page(lang);

        assertThat(page.title()).startsWith(titlePrefix);
        var links = page.select(".error-summary a");
        assertThat(links.eachAttr("href")).containsExactly("#vitaleActivated", "#bankDetailsKnown");
        assertThat(links.get(0).text()).startsWith(vitaleError);
        assertThat(links.get(1).text()).startsWith(bankError);
        // Each summary link lands on a real radio, and each question carries its own error.
        assertThat(page.select("input[type=radio]#vitaleActivated")).hasSize(1);
        assertThat(page.select("input[type=radio]#bankDetailsKnown")).hasSize(1);
        assertThat(page.select("#vitaleActivated-error").text()).contains(vitaleError);
        assertThat(page.select("fieldset:has(#bankDetailsKnown)").attr("aria-describedby"))
                .contains("bankDetailsKnown-error");
    }

    @Test
    void oneMissingAnswerKeepsTheOtherAndFlagsOnlyTheMissingOne() throws Exception {
        Document page = page("en", "bankDetailsKnown", "no");

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#vitaleActivated");
        assertThat(page.select("#bankDetailsKnown-no").hasAttr("checked")).isTrue();
        assertThat(page.select("#bankDetailsKnown-error")).isEmpty();
    }

    @Test
    void anAnswerOtherThanYesOrNoIsRejected() throws Exception {
        Document page = page("en", "vitaleActivated", "maybe", "bankDetailsKnown", "yes");

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#vitaleActivated");
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
        assertThat(form.select("fieldset legend")).hasSize(2);
        assertThat(response.getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION"));
    }

    @Test
    void theGuidePageOffersTheSameQuestions() throws Exception {
        Document page = Jsoup.parse(perform(get("/guide").param("lang", "fr")).getContentAsString());

        assertThat(page.select("#which-route ~ form[action=/guide/which-route] input[type=radio]"))
                .hasSize(4);
        assertThat(page.select(".error-summary")).isEmpty();
    }
}
