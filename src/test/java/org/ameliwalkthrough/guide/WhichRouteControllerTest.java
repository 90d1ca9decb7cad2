package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

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

/** "Which route is mine?": questions on a first visit, errors in question order, then the route. */
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

    @Test
    void aFirstVisitAsksBothQuestions() throws Exception {
        MvcResult result = mvc.perform(get("/guide/which-route"))
                .andExpect(status().isOk())
                .andExpect(view().name("guide/which-route"))
                .andExpect(model().attribute(FORM, WhichRouteForm.EMPTY))
                .andExpect(model().attributeDoesNotExist("route", "hasErrors"))
                .andReturn();
        Document page = page(result);
        assertThat(page.title()).doesNotStartWith("Error");
        assertThat(page.select("main form fieldset")).hasSize(2);
        assertThat(page.select("main form input[name=asked]").val()).isEqualTo("yes");
    }

    @Test
    void noAnswerFlagsBothQuestionsInPageOrder() throws Exception {
        MvcResult result = mvc.perform(asked())
                .andExpect(status().isOk())
                .andExpect(view().name("guide/which-route"))
                .andExpect(model().attribute("hasErrors", true))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "vitaleActivated", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "bankDetailsKnown", "NotNull"))
                .andExpect(model().attributeDoesNotExist("route"))
                .andReturn();
        Document page = page(result);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#vitaleActivated", "#bankDetailsKnown");
    }

    @Test
    void anAnswerOtherThanYesOrNoIsAFieldError() throws Exception {
        mvc.perform(asked("vitaleActivated", "maybe", "bankDetailsKnown", "yes"))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "vitaleActivated", "Pattern"))
                .andExpect(model().attributeErrorCount(FORM, 1))
                .andExpect(model().attributeDoesNotExist("route"));
    }

    @ParameterizedTest(name = "carte Vitale {0}, bank details {1}: {2}")
    @CsvSource({"yes, yes, ROUTE_1", "yes, no, FRANCECONNECT", "no, yes, FRANCECONNECT", "no, no, FRANCECONNECT"})
    void bothAnswersGiveTheRoute(String vitale, String bank, WhichRouteForm.Route route) throws Exception {
        MvcResult result = mvc.perform(asked("vitaleActivated", vitale, "bankDetailsKnown", bank))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(model().attribute("route", route))
                .andExpect(model().attributeDoesNotExist("hasErrors"))
                .andReturn();
        Document page = page(result);
        assertThat(page.select("main form")).isEmpty();
        assertThat(page.select(".error-summary")).isEmpty();
    }

    @Test
    void errorsAreInFrenchForAFrenchReader() throws Exception {
        Document page =
                page(mvc.perform(asked().header("Accept-Language", "fr")).andReturn());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.title()).startsWith("Erreur :");
        assertThat(page.select(".error-summary a").first().text()).startsWith("Choisissez oui");
    }
}
