package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.TreeSet;
import org.ameliwalkthrough.support.SitePages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every glossary link on the guide pages lands on a term, and the current page is marked in the menu. */
@SpringBootTest
@AutoConfigureMockMvc
class GlossaryLinksTest {

    @Autowired
    MockMvc mvc;

    private Document page(String path, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).param("lang", lang))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyGlossaryLinkPointsAtADefinedTerm(String lang) throws Exception {
        Document glossary = page("/glossary", lang);
        Set<String> terms = new TreeSet<>(glossary.select("dl.glossary dt[id]").eachAttr("id"));
        assertThat(terms).containsAll(GuideController.GLOSSARY_TERMS);
        assertThat(glossary.select("dl.glossary dd").eachText()).allMatch(text -> text.length() > 20);

        Set<String> linked = new TreeSet<>();
        for (String path : SitePages.GUIDE) {
            for (String href :
                    page(path, lang).select("main a[href^=/glossary#]").eachAttr("href")) {
                linked.add(href.substring("/glossary#".length()));
            }
        }
        assertThat(linked).isNotEmpty();
        assertThat(terms).containsAll(linked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/guide", "/where-to-find-your-numbers", "/help", "/glossary"})
    void theMenuMarksOnlyTheCurrentPage(String path) throws Exception {
        Document page = page(path, "en");
        assertThat(page.select("nav.site-nav a[aria-current=page]").eachAttr("href"))
                .containsExactly(path);
    }
}
