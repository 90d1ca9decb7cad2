package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

/** The guide's static pages: one view per URL, in the asked language, and no session for reading them. */
@WebMvcTest(GuideController.class)
@Import(SiteWebLayer.class)
class GuideControllerTest {

    @Autowired
    MockMvc mvc;

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource({
        "/,                           guide/start,                      en, fr",
        "/guide,                      guide/guide,                      fr, en",
        "/where-to-find-your-numbers, guide/where-to-find-your-numbers, en, fr",
        "/checklist,                  guide/checklist,                  fr, en",
        "/help,                       guide/help,                       fr, en",
        "/glossary,                   guide/glossary,                   en, fr"
    })
    void eachPageHasItsViewAndSpeaksTheAskedLanguageWithoutASession(
            String path, String viewName, String language, String other) throws Exception {
        MvcResult result = mvc.perform(get(path).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(view().name(viewName))
                .andExpect(model().attribute("currentPath", path))
                .andExpect(header().string("Content-Security-Policy", startsWith("default-src")))
                .andReturn();
        assertThat(result.getRequest().getSession(false))
                .as("reading opens no session")
                .isNull();
        Document page = page(result);
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        assertThat(page.select("main#main-content h1")).hasSize(1);
        assertThat(page.select("a.lang-switch").attr("href")).isEqualTo(path + "?lang=" + other);
    }

    @Test
    void theLanguageLinkSwitchesAndIsRemembered() throws Exception {
        MvcResult result = mvc.perform(get("/help").param("lang", "fr").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(page(result).select("html").attr("lang")).isEqualTo("fr");
        assertThat(result.getResponse().getCookie("lang").getValue()).isEqualTo("fr");
    }

    @Test
    void theGuideOffersTheWhichRouteQuestionsUnanswered() throws Exception {
        MvcResult result = mvc.perform(get("/guide"))
                .andExpect(model().attribute(WhichRouteController.FORM, WhichRouteForm.EMPTY))
                .andReturn();
        Document page = page(result);
        assertThat(page.select("form[action=/guide/which-route][method=get] input[type=radio]"))
                .hasSize(16)
                .allSatisfy(radio -> assertThat(radio.hasAttr("checked")).isFalse());
        assertThat(page.select(".error-summary")).isEmpty();
    }

    @Test
    void theNumbersPageShowsTheFictionalExamples() throws Exception {
        MvcResult result = mvc.perform(get("/where-to-find-your-numbers"))
                .andExpect(model().attribute("example", ExampleDocuments.FICTIONAL))
                .andReturn();
        assertThat(page(result).select("main").text())
                .contains(ExampleDocuments.FICTIONAL.nir(), ExampleDocuments.FICTIONAL.iban());
    }

    @Test
    void theGlossaryListsEveryTermAsAnAnchorInOrder() throws Exception {
        MvcResult result = mvc.perform(get("/glossary"))
                .andExpect(model().attribute("terms", GuideController.GLOSSARY_TERMS))
                .andReturn();
        assertThat(page(result).select("main dt[id]").eachAttr("id"))
                .containsExactlyElementsOf(GuideController.GLOSSARY_TERMS);
    }
}
