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
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** /checklist: every item of both routes is a labelled checkbox, and the pictured ones lead to their drawing. */
@WebMvcTest(GuideController.class)
@Import(SiteWebLayer.class)
class ChecklistPageTest {

    private static final String NUMBERS = "/where-to-find-your-numbers";

    @Autowired
    MockMvc mvc;

    private Document page(String path, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyItemIsACheckboxWithItsLabelAndWhereItIsPrinted(String lang) throws Exception {
        mvc.perform(get("/checklist").param("lang", lang))
                .andExpect(view().name("guide/checklist"))
                .andExpect(model().attribute("routes", Checklist.ROUTES));
        Document page = page("/checklist", lang);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main h2[id]").eachAttr("id"))
                .containsExactly("route-1-heading", "franceconnect-heading");

        List<Element> items = page.select("main li.checklist__item");
        int expected = Checklist.ROUTES.stream().mapToInt(r -> r.items().size()).sum();
        assertThat(items).hasSize(expected);
        for (Element item : items) {
            Element box = item.selectFirst("input[type=checkbox]");
            assertThat(box).as(item.text()).isNotNull();
            String id = box.id();
            assertThat(id).isNotBlank();
            assertThat(page.select("[id=" + id + "]"))
                    .as("id " + id + " is unique")
                    .hasSize(1);
            assertThat(page.select("label[for=" + id + "]"))
                    .as("label for " + id)
                    .hasSize(1);
            assertThat(page.select("label[for=" + id + "]").text()).isNotBlank();
            Element where = page.getElementById(box.attr("aria-describedby"));
            assertThat(where).as("where " + id + " is printed").isNotNull();
            assertThat(where.text()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void picturedItemsLinkToTheirSectionOfWhereToFindYourNumbers(String lang) throws Exception {
        Document page = page("/checklist", lang);
        Document numbers = page(NUMBERS, lang);
        List<String> hrefs = page.select("main .checklist a[href]").eachAttr("href");
        assertThat(hrefs)
                .contains(NUMBERS + "#carte-vitale", NUMBERS + "#rib", NUMBERS + "#tax-notice")
                .allSatisfy(href -> {
                    assertThat(href).startsWith(NUMBERS + "#");
                    assertThat(numbers.getElementById(href.substring(href.indexOf('#') + 1)))
                            .as(href + " lands on a section")
                            .isNotNull();
                });
        assertThat(hrefs).hasSize((int) Checklist.ROUTES.stream()
                .flatMap(r -> r.items().stream())
                .filter(Checklist.Item::pictured)
                .count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/guide"})
    void theStartPageAndTheGuideLinkToTheChecklist(String path) throws Exception {
        assertThat(page(path, "en").select("main a[href=/checklist]")).hasSize(1);
    }
}
