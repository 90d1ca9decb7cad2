package org.ameliwalkthrough.practice.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;

/** The persona's documents under each step: rendered once per persona and language, the same as in the page. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsPanelsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentsPanels panels;

    @Autowired
    ITemplateEngine templates;

    @Autowired
    PracticeRecords records;

    PersonaDocuments documents(String slug) {
        return PersonaDocuments.of(records.findBySlug(slug).orElseThrow());
    }

    @Test
    void eachStepShowsItsPersonasPanelInThePagesLanguage() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            PracticeSession emma = new PracticeSession(mvc);
            if (locale == Locale.FRENCH) {
                emma.inFrench();
            }
            emma.choosePersona("emma");
            Document page = emma.page("/practice/identity");
            Element panel = page.selectFirst("main form ~ details.documents-panel");
            assertThat(panel).as(locale.toString()).isNotNull();
            Element expected = Jsoup.parseBodyFragment(panels.html(documents("emma"), locale))
                    .selectFirst("details");
            assertThat(panel.outerHtml()).isEqualTo(expected.outerHtml());
            assertThat(panel.selectFirst("summary").text())
                    .isEqualTo(
                            locale == Locale.FRENCH
                                    ? "Afficher les documents appartenant à Emma Louise CLARKE"
                                    : "Show Emma Louise CLARKE's documents");
            assertThat(panel.select("[data-doc=nir]").text()).isEqualTo("2 88 04 99 132 047 30");
        }
    }

    @Test
    void renderedOncePerPersonaAndLanguageThenReused() {
        PersonaDocuments emma = documents("emma");
        String english = panels.html(emma, Locale.ENGLISH);
        assertThat(panels.html(emma, Locale.UK)).as("one render per language").isSameAs(english);
        assertThat(panels.html(emma, Locale.FRENCH)).isNotEqualTo(english).contains("Afficher les documents");
        assertThat(panels.html(documents("david"), Locale.ENGLISH)).isNotEqualTo(english);
    }

    @Test
    void withTemplatesEditedLiveEveryCallRendersAfresh() {
        DocumentsPanels live = new DocumentsPanels(templates, false);
        PersonaDocuments emma = documents("emma");
        String first = live.html(emma, Locale.ENGLISH);
        assertThat(live.html(emma, Locale.ENGLISH)).isEqualTo(first).isNotSameAs(first);
        assertThat(first).isEqualTo(panels.html(emma, Locale.ENGLISH));
    }
}
