package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.ameliwalkthrough.support.SiteWebLayer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "Which route is mine?": questions on a first visit, errors in question order, then the answer. */
@WebMvcTest(WhichRouteController.class)
@Import(SiteWebLayer.class)
class WhichRouteControllerTest {

    static final String FORM = WhichRouteController.FORM;

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder asked(String... nameValues) {
        MockHttpServletRequestBuilder request = get("/guide/which-route").param("asked", "yes");
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return request;
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    static final String[] ROUTE_1 = {
        "scheme",
        "general",
        "numberStart",
        "permanent",
        "carteVitale",
        "activated",
        "bankDetailsKnown",
        "yes",
        "impotsAccount",
        "yes"
    };

    /** Route 1's answers with one question answered differently. */
    static String[] route1With(String question, String value) {
        String[] answers = ROUTE_1.clone();
        answers[List.of(answers).indexOf(question) + 1] = value;
        return answers;
    }

    @Test
    void aFirstVisitAsksEveryQuestion() throws Exception {
        MvcResult result = mvc.perform(get("/guide/which-route"))
                .andExpect(status().isOk())
                .andExpect(view().name("guide/which-route"))
                .andExpect(model().attribute(FORM, WhichRouteForm.EMPTY))
                .andExpect(model().attributeDoesNotExist("answer", "hasErrors"))
                .andReturn();
        Document page = page(result);
        assertThat(page.title()).doesNotStartWith("Error");
        assertThat(page.select("main form fieldset legend").eachText())
                .containsExactly(
                        "Which organisation covers your health insurance?",
                        "What is the first digit of your social security number?",
                        "Do you have a carte Vitale, and is it activated?",
                        "Does the Assurance Maladie have your bank details?",
                        "Do you have an impots.gouv.fr account?");
        assertThat(page.select("main form input[type=radio]").eachAttr("value"))
                .as("each question offers \"I don't know\"")
                .filteredOn("unknown"::equals)
                .hasSize(5);
        assertThat(page.select("main form input[name=asked]").val()).isEqualTo("yes");
    }

    @Test
    void noAnswerFlagsEveryQuestionInPageOrder() throws Exception {
        MvcResult result = mvc.perform(asked())
                .andExpect(status().isOk())
                .andExpect(view().name("guide/which-route"))
                .andExpect(model().attribute("hasErrors", true))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "scheme", "AnswersEveryQuestion"))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "numberStart", "AnswersEveryQuestion"))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "carteVitale", "AnswersEveryQuestion"))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "bankDetailsKnown", "AnswersEveryQuestion"))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "impotsAccount", "AnswersEveryQuestion"))
                .andExpect(model().attributeDoesNotExist("answer"))
                .andReturn();
        Document page = page(result);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#scheme", "#numberStart", "#carteVitale", "#bankDetailsKnown", "#impotsAccount");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"scheme, maybe", "numberStart, 9", "carteVitale, yes", "bankDetailsKnown, UNKNOWN", "impotsAccount, Yes"
    })
    void anAnswerTheQuestionDoesNotOfferIsAFieldError(String question, String value) throws Exception {
        mvc.perform(asked(route1With(question, value)))
                .andExpect(model().attributeHasFieldErrorCode(FORM, question, "AnswersEveryQuestion"))
                .andExpect(model().attributeErrorCount(FORM, 1))
                .andExpect(model().attributeDoesNotExist("answer"));
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource({
        "impotsAccount, yes,          ROUTE_1,               emma",
        "scheme,        other,        OTHER_SCHEME,          pierre",
        "scheme,        unknown,      FIND_OUT_SCHEME,       ''",
        "numberStart,   temporary,    TEMPORARY_NUMBER,      tom",
        "numberStart,   unknown,      FIND_OUT_NUMBER,       tom",
        "carteVitale,   notActivated, FRANCECONNECT,         priya",
        "carteVitale,   notReceived,  FRANCECONNECT,         nadia",
        "carteVitale,   unknown,      FIND_OUT_CARD_OR_BANK, priya",
        "bankDetailsKnown, no,        FRANCECONNECT,         david",
        "bankDetailsKnown, unknown,   FIND_OUT_CARD_OR_BANK, david"
    })
    void validAnswersGiveTheAnswerInsteadOfTheQuestions(
            String question, String value, WhichRoute.Outcome outcome, String persona) throws Exception {
        MvcResult result = mvc.perform(asked(route1With(question, value)))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(model().attributeDoesNotExist("hasErrors"))
                .andReturn();
        WhichRoute.Answer answer =
                (WhichRoute.Answer) result.getModelAndView().getModel().get("answer");
        assertThat(answer.outcome()).isEqualTo(outcome);
        Document page = page(result);
        assertThat(page.select("h1").attr("data-outcome")).isEqualTo(outcome.name());
        if (persona.isEmpty()) { // "find out first": no persona rehearses not knowing
            assertThat(answer.persona()).isNull();
            assertThat(page.select(".rehearse")).isEmpty();
            assertThat(page.select(".packs-link")).isEmpty();
        } else {
            assertThat(answer.persona()).isEqualTo(persona);
            assertThat(page.select(".rehearse a").attr("href"))
                    .isEqualTo("/practice?persona=" + persona + "#persona-" + persona);
            assertThat(page.select(".packs-link a").attr("href")).isEqualTo("/practice/personas/" + persona + "/pack");
        }
        assertThat(page.select("main form")).isEmpty();
        assertThat(page.select(".error-summary")).isEmpty();
    }

    @Test
    void errorsAreInFrenchForAFrenchReader() throws Exception {
        Document page =
                page(mvc.perform(asked().header("Accept-Language", "fr")).andReturn());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.title()).startsWith("Erreur :");
        assertThat(page.select(".error-summary a").first().text()).startsWith("Choisissez l'organisme");
    }
}
