package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ameliwalkthrough.support.SiteWebLayer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "Something went wrong?" and "Stay safe": every blocker with its anchor, in the reader's language. */
@WebMvcTest(TroubleshootingController.class)
@Import(SiteWebLayer.class)
class TroubleshootingControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BlockerAdvisor advisor;

    @BeforeEach
    void davidRehearsesTheRib() {
        when(advisor.rehearsedBy()).thenReturn(Map.of(Blocker.RIB_NOT_RECOGNISED, List.of("david")));
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void somethingWentWrongExplainsEveryBlockerUnderItsAnchor() throws Exception {
        MvcResult result = mvc.perform(get("/something-went-wrong"))
                .andExpect(status().isOk())
                .andExpect(view().name("troubleshooting/something-went-wrong"))
                .andExpect(model().attribute("blockers", Blocker.values()))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        Document page = page(result);
        var anchors = Arrays.stream(Blocker.values()).map(Blocker::anchor).toList();
        assertThat(page.select("section.blocker").eachAttr("id")).containsExactlyElementsOf(anchors);
        assertThat(page.select("nav.contents a").eachAttr("href"))
                .containsExactlyElementsOf(anchors.stream().map(a -> "#" + a).toList());
        for (Blocker blocker : Blocker.values()) {
            var section = page.getElementById(blocker.anchor());
            assertThat(section.select("ol li"))
                    .as(blocker.anchor())
                    .hasSize(blocker.steps().size());
            assertThat(section.select("p.rehearse a").eachAttr("href"))
                    .as(blocker.anchor())
                    .containsExactlyElementsOf(advisor.rehearsedBy().getOrDefault(blocker, List.of()).stream()
                            .map(slug -> "/practice?persona=" + slug + "#persona-" + slug)
                            .toList());
        }
    }

    @Test
    void somethingWentWrongAnswersInFrench() throws Exception {
        Document page = page(mvc.perform(get("/something-went-wrong").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("#trouble-contents").text()).isEqualTo("Les problèmes de cette page");
    }

    @Test
    void staySafeLeadsToTheExercise() throws Exception {
        MvcResult result = mvc.perform(get("/stay-safe").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("troubleshooting/stay-safe"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        Document page = page(result);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main a[href=/stay-safe/spot-the-fake]")).hasSize(1);
        assertThat(page.select("a.lang-switch").attr("href")).isEqualTo("/stay-safe?lang=fr");
    }
}
