package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.ameliwalkthrough.support.SitePages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class GuidePagesTest {

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> pages() {
        return SitePages.GUIDE.stream().flatMap(p -> Stream.of(Arguments.of(p, "en"), Arguments.of(p, "fr")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pages")
    void pageRendersInItsLanguageWithOneHeading(String path, String lang) throws Exception {
        String html = mvc.perform(get(path).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(page.title()).isNotBlank().contains("Ameli Walkthrough");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main#main-content")).hasSize(1);
        assertThat(page.select(".practice-banner").text()).isNotBlank();
        assertThat(page.select("a.lang-switch").attr("hreflang")).isEqualTo(lang.equals("en") ? "fr" : "en");
        assertThat(page.select("a.lang-switch").attr("href")).contains("lang=" + (lang.equals("en") ? "fr" : "en"));
    }

    @org.junit.jupiter.api.Test
    void firstVisitFollowsAcceptLanguageAndTheChoiceIsRemembered() throws Exception {
        String french = mvc.perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(french).selectFirst("html").attr("lang")).isEqualTo("fr");

        String german = mvc.perform(get("/").header("Accept-Language", "de-DE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(german).selectFirst("html").attr("lang")).isEqualTo("en");

        var cookie = mvc.perform(get("/").param("lang", "fr"))
                .andReturn()
                .getResponse()
                .getCookie("lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("fr");
        String remembered = mvc.perform(get("/").cookie(cookie).header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(remembered).selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    @org.junit.jupiter.api.Test
    void unknownLanguageIsIgnored() throws Exception {
        var response = mvc.perform(get("/").param("lang", "xx")).andReturn().getResponse();
        assertThat(response.getCookie("lang")).isNull();
        assertThat(Jsoup.parse(response.getContentAsString())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("en");
    }

    @org.junit.jupiter.api.Test
    void unknownPageIsOurOwn404InTheUsersLanguage() throws Exception {
        // MockMvc does not forward to /error, so ask the error page for what the container would render.
        String html = mvc.perform(get("/error")
                        .param("lang", "fr")
                        .accept("text/html")
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/nope"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1").text()).isEqualTo("Page introuvable");
        assertThat(html).doesNotContain("Whitelabel").doesNotContain("Exception");
    }
}
