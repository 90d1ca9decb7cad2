package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TroubleshootingPagesTest {

    @Autowired
    BlockerAdvisor advisor;

    @Autowired
    MockMvc mvc;

    Document page(String path, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyBlockerHasAnAnchorTheRealMessageInFrenchAndStepsInOrderOfEffort(String lang) throws Exception {
        Document page = page("/something-went-wrong", lang);
        Properties french = BlockerPersonasTest.bundle("messages_fr.properties");
        for (Blocker blocker : Blocker.values()) {
            Element section = page.getElementById(blocker.anchor());
            assertThat(section).as(blocker.anchor()).isNotNull();
            assertThat(section.select("h2").text()).isNotBlank();
            assertThat(page.select("nav.contents a[href=#" + blocker.anchor() + "]"))
                    .hasSize(1);
            if (blocker.realMessageKey() != null) {
                Element real = section.selectFirst(".real-message");
                assertThat(real.attr("lang")).isEqualTo("fr");
                assertThat(real.text()).isEqualTo(french.getProperty(blocker.realMessageKey()));
            } else {
                assertThat(section.select(".real-message")).isEmpty();
            }
            assertThat(section.select(".uncertain").isEmpty())
                    .as(blocker + ": unconfirmed wording is labelled as ours")
                    .isEqualTo(blocker.wording() != Blocker.Wording.PRACTICE);
            assertThat(section.select("ol.steps > li")).hasSize(blocker.steps().size());
            assertThat(blocker.steps()).isSorted();
            List<String> rehearse = section.select(".rehearse a").eachAttr("href");
            assertThat(rehearse)
                    .containsExactlyElementsOf(advisor.rehearsedBy().getOrDefault(blocker, List.of()).stream()
                            .map(slug -> "/practice?persona=" + slug + "#persona-" + slug)
                            .toList());
        }
    }

    @Test
    void theRibBlockerSendsYouToFranceConnectBeforePhoningAndRehearsesWithDavid() throws Exception {
        Element rib = page("/something-went-wrong", "en").getElementById("rib-not-recognised");
        List<String> steps = rib.select("ol.steps > li").eachText();
        assertThat(steps.get(0)).startsWith("Check:").contains("last 7 characters");
        assertThat(steps.get(1)).startsWith("Another way in:").contains("FranceConnect");
        assertThat(steps.get(2)).startsWith("Call:").contains("3646");
        assertThat(steps.get(3)).startsWith("Visit:");
        assertThat(rib.select(".rehearse a").text()).contains("David");
        Element french = page("/something-went-wrong", "fr").getElementById("rib-not-recognised");
        assertThat(french.select("ol.steps > li").get(0).text()).startsWith("Vérifiez :");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void staySafeDrawingHasATextAlternativeAndItsSignsAsAList(String lang) throws Exception {
        Document page = page("/stay-safe", lang);
        Element svg = page.selectFirst("figure.fake-drawing svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            Element label = svg.getElementById(id);
            assertThat(label).as(id).isNotNull();
            assertThat(label.tagName()).isIn("title", "desc");
            assertThat(label.text()).isNotBlank();
        }
        assertThat(svg.select("text").eachText()).contains("1", "2", "3", "4", "5", "6");
        assertThat(svg.text()).doesNotContain("ameli.fr/").contains("@ameli-assure-info.example");
        assertThat(page.select("ol.signs > li")).hasSize(6);
        assertThat(page.select("#never li")).hasSize(3);
        assertThat(page.select("a[href^=https://www.signal-spam.fr]")).hasSize(1);
        assertThat(page.select("a[href^=https://www.cybermalveillance.gouv.fr]"))
                .hasSize(1);
        assertThat(page.select("#report ~ ul").text()).contains("33700");
        assertThat(page.select("span[lang=fr]").eachText()).anyMatch(t -> t.contains("compte suspendu"));
        for (String section : new String[] {"channel-email", "channel-sms", "channel-call", "channel-letter"}) {
            assertThat(page.getElementById(section)).as(section).isNotNull();
        }
    }

    @Test
    void everyPageLinksToBothFromTheFooter() throws Exception {
        Document start = page("/", "en");
        assertThat(start.select("footer nav a").eachAttr("href"))
                .containsExactly("/something-went-wrong", "/stay-safe");
        assertThat(start.select("footer nav").attr("aria-label")).isEqualTo("Help and safety");
    }
}
