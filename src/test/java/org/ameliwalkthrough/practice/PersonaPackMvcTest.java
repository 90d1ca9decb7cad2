package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import org.ameliwalkthrough.practice.journey.PersonaDocuments;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The printable persona packs: every persona's papers on one page, in both languages, without a session. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonaPackMvcTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeRecords records;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetAttempts() {
        PracticeData.forgetAttempts(jdbc);
    }

    MvcResult fetch(String url, String lang) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).header("Accept-Language", lang))
                .andReturn();
    }

    Document page(String url, String lang) throws Exception {
        MvcResult result = fetch(url, lang);
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(result.getRequest().getSession(false))
                .as("no session for " + url)
                .isNull();
        assertThat(result.getResponse().getCookie("SESSION")).as(url).isNull();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    String message(String key, String lang, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }

    /** Each persona's route, written out here (not asked of the code under test). */
    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource({
        "emma, CARTE_VITALE, en",
        "david, FRANCECONNECT, fr",
        "priya, FRANCECONNECT, en",
        "lucas, CARTE_VITALE, fr",
        "amina, CARTE_VITALE, en",
        "sarah, CARTE_VITALE, fr",
        "tom, none, en",
        "nadia, FRANCECONNECT, fr",
        "olivia, CARTE_VITALE, en",
        "pierre, OTHER_SCHEME, fr"
    })
    void eachPersonasPackPrintsTheirStoryRouteAndEveryNumberOfTheirDocuments(String slug, String route, String lang)
            throws Exception {
        PracticePerson person = records.findBySlug(slug).orElseThrow();
        PersonaDocuments d = PersonaDocuments.of(person);
        Document page = page("/practice/personas/" + slug + "/pack", lang);

        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select("main h1").text()).isEqualTo(message("practice.pack.h1", lang, d.displayName()));
        assertThat(page.select(".pack__story").text()).isEqualTo(message("persona." + slug + ".story", lang));
        assertThat(page.select("[data-pack=route]").text()).isEqualTo(message("practice.pack.route." + route, lang));
        assertThat(page.select("[data-pack=start]").text())
                .contains("/practice")
                .contains(d.displayName());
        assertThat(page.select(".pack__warning").text()).contains(message("practice.pack.warning.title", lang));
        // without JavaScript: the hint, and a button that stays hidden until js/print.js shows it
        assertThat(page.select("[data-print-hint]").text()).isEqualTo(message("practice.pack.print.hint", lang));
        assertThat(page.select("button[data-print]").hasAttr("hidden")).isTrue();

        assertThat(doc(page, "surname")).isEqualTo(d.identity().surname());
        assertThat(doc(page, "birthDate")).isEqualTo(d.identity().birthDate());
        assertThat(doc(page, "postcode")).isEqualTo(d.home().postcode());
        assertThat(doc(page, "nir")).isEqualTo(d.nir());
        assertThat(doc(page, "email")).isEqualTo(d.email());
        assertThat(doc(page, "mobile")).isEqualTo(d.mobile());
        assertThat(page.select("[data-doc=serial]").eachText())
                .isEqualTo(d.serial() == null ? List.of() : List.of(d.serial()));
        assertThat(page.select("[data-doc=iban]").eachText())
                .isEqualTo(d.iban() == null ? List.of() : List.of(d.iban()));
        assertThat(page.select("[data-doc=numeroFiscal]").eachText())
                .isEqualTo(d.numeroFiscal() == null ? List.of() : List.of(d.numeroFiscal()));
        // the drawings themselves, not only the copyable text under them
        assertThat(page.select("svg[role=img]")).hasSizeGreaterThanOrEqualTo(3);
        if (d.serial() != null) {
            assertThat(page.select("svg text").eachText()).contains(d.nir(), d.serial());
        }
    }

    private static String doc(Document page, String field) {
        return page.select("[data-doc=" + field + "]").text();
    }

    @Test
    void aBlockerPersonasPackNamesTheProblemTheyRehearse() throws Exception {
        Document david = page("/practice/personas/david/pack", "en");
        assertThat(david.select("[data-pack=blocker]").text())
                .isEqualTo(message("trouble.ribNotRecognised.title", "en"));
        Document emma = page("/practice/personas/emma/pack", "en");
        assertThat(emma.select("[data-pack=blocker]")).isEmpty();
    }

    /** MockMvc has no error dispatch: the 404 page itself (in the layout) is checked by PackPrintBrowserIT. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/practice/personas/nobody/pack",
                "/practice/personas/packs?keys=emma,nobody",
                "/practice/personas/packs?keys=",
                "/practice/personas/EMMA/pack"
            })
    void anUnknownPersonaIsNotFound(String url) throws Exception {
        MvcResult result = fetch(url, "en");
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("class=\"pack\"");
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aLearnerInTheMiddleOfAJourneyOpensTheirPackWithoutItLookingTheSessionUp() throws Exception {
        PracticeSession learner = new PracticeSession(mvc);
        learner.choosePersona("emma");
        assertThat(learner.page("/practice/documents").select("#idle-warning"))
                .as("a page of the journey knows the session")
                .hasSize(1);
        Document pack = learner.page("/practice/personas/emma/pack");
        assertThat(pack.select("main h1").text()).contains("Emma");
        assertThat(pack.select("#idle-warning"))
                .as("the pack never asks for the session, so it shows no idle warning")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theIndexLinksEveryPersonasPackAndAllOfThemInOneDocument(String lang) throws Exception {
        Document page = page("/practice/personas/packs", lang);
        assertThat(page.select("main h1").text()).isEqualTo(message("practice.packs.title", lang));
        List<String> slugs =
                records.findAllPersonas().stream().map(PracticePerson::slug).toList();
        assertThat(page.select(".pack-list a").eachAttr("href"))
                .containsExactlyElementsOf(slugs.stream()
                        .map(s -> "/practice/personas/" + s + "/pack")
                        .toList());
        assertThat(page.select("#all-packs").attr("href"))
                .isEqualTo("/practice/personas/packs?keys=" + String.join(",", slugs));
    }

    @Test
    void severalPacksShareOneDocumentInTheAskedOrderWithUniqueIds() throws Exception {
        Document page = page("/practice/personas/packs?keys=tom,emma,tom,%20david", "fr");
        assertThat(page.select("main h1").text()).isEqualTo(message("practice.packs.print.title", "fr"));
        assertThat(page.select("article.pack h2.pack__heading").eachText())
                .containsExactly(
                        message("practice.pack.h1", "fr", "Tom Patrick BRENNAN"),
                        message("practice.pack.h1", "fr", "Emma Louise CLARKE"),
                        message("practice.pack.h1", "fr", "David James MILLER"));
        assertThat(page.select("a.lang-switch").attr("href"))
                .as("switching language keeps the same packs")
                .isEqualTo("/practice/personas/packs?keys=tom,emma,david&lang=en");
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        for (Element labelled : page.select("[aria-labelledby]")) {
            for (String id : labelled.attr("aria-labelledby").split(" ")) {
                assertThat(page.getElementById(id))
                        .as("aria-labelledby names %s", id)
                        .isNotNull();
            }
        }
        assertThat(page.select("#emma-carte-vitale [data-doc=nir]").text()).isEqualTo("2 88 04 99 132 047 30");
    }

    @Test
    void thePersonaChooserAndTheGuideLinkThePacksModestly() throws Exception {
        assertThat(Jsoup.parse(fetch("/practice", "en").getResponse().getContentAsString())
                        .select(".packs-link a")
                        .eachAttr("href"))
                .containsExactly("/practice/personas/packs");
        assertThat(page("/guide", "fr").select(".packs-link a").eachAttr("href"))
                .containsExactly("/practice/personas/packs");
    }

    @Test
    void theDocumentsPageKeepsItsUnprefixedIds() throws Exception {
        PracticeSession learner = new PracticeSession(mvc);
        learner.choosePersona("emma");
        Document documents = learner.page("/practice/documents");
        assertThat(documents.select("#carte-vitale, #rib, #tax-notice, #identity-document, #proof-of-address"))
                .hasSize(5);
        assertThat(documents.select("svg[aria-labelledby='rib-title rib-desc'] #rib-title"))
                .hasSize(1);
    }
}
