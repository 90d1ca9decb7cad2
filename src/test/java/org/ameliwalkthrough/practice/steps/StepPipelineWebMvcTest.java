package org.ameliwalkthrough.practice.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.account.AccountOpening;
import org.ameliwalkthrough.practice.account.CheckAttempts;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.support.SiteWebLayer;
import org.ameliwalkthrough.support.TestPersons;
import org.ameliwalkthrough.troubleshooting.Blocker;
import org.ameliwalkthrough.troubleshooting.BlockerAdvisor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The one step pipeline on its own, the records and the database mocked: guard, bind, 422 or PRG. */
@WebMvcTest(controllers = org.ameliwalkthrough.practice.journey.StepController.class)
@Import({
    SiteWebLayer.class,
    PracticeJourney.class,
    PracticeJourneys.class,
    org.ameliwalkthrough.practice.journey.StepForms.class,
    org.ameliwalkthrough.practice.journey.DocumentsPanels.class,
    IdentityStep.class,
    IdentityLookup.class,
    IbanStep.class,
    SerialStep.class,
    FranceConnectStep.class,
    OtherSchemeStep.class,
    ConditionsStep.class,
    PasswordStep.class,
    ContactStep.class,
    CheckAnswersStep.class,
    ConfirmationStep.class,
    IdentifierMessages.class
})
class StepPipelineWebMvcTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PracticeRecords records;

    @MockitoBean
    CheckAttempts attempts;

    @MockitoBean
    BlockerAdvisor advisor;

    @MockitoBean
    AccountOpening opening;

    @MockitoBean
    MailboxStore mailboxes;

    final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void emmaIsOnFile() {
        when(records.findByNir(TestPersons.emma().nir())).thenReturn(Optional.of(TestPersons.emma()));
        when(records.findBySlug("emma")).thenReturn(Optional.of(TestPersons.emma()));
        when(records.findBySlug("pierre")).thenReturn(Optional.of(TestPersons.pierre()));
        when(records.findByNir(TestPersons.pierre().nir())).thenReturn(Optional.of(TestPersons.pierre()));
        when(attempts.lockedUntil(anyString())).thenReturn(Optional.empty());
        when(advisor.forPerson(any())).thenCallRealMethod();
    }

    MvcResult identity(String lastName, String nir, String year, String postcode) throws Exception {
        return mvc.perform(post("/practice/identity")
                        .session(session)
                        .with(csrf())
                        .param("lastName", lastName)
                        .param("nir", nir)
                        .param("day", "12")
                        .param("month", "4")
                        .param("year", year)
                        .param("postcode", postcode))
                .andReturn();
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void aStepNotReachedYetRedirectsToTheFirstUnfinishedOne() throws Exception {
        for (String slug : new String[] {"iban", "serial", "conditions", "check-answers", "confirmation"}) {
            mvc.perform(get("/practice/" + slug).session(session)).andExpect(redirectedUrl("/practice/identity"));
            mvc.perform(post("/practice/" + slug).session(session).with(csrf()))
                    .andExpect(redirectedUrl("/practice/identity"));
        }
        verifyNoInteractions(attempts, opening);
    }

    @Test
    void anUnknownStepIsNotFound() throws Exception {
        mvc.perform(get("/practice/favourite-colour").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void invalidAnswersComeBackWith422TheErrorsAndWhatWasTyped() throws Exception {
        MvcResult result = identity("Clarke", "2 88 04 99 132 04X", "1988", "69003");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getModelAndView().getViewName()).isEqualTo("practice/identity");
        Document page = page(result);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#nir");
        assertThat(page.select("#lastName").val()).isEqualTo("Clarke");
        assertThat(page.select("#nir").val()).isEqualTo("2 88 04 99 132 04X");
        assertThat(session.getAttribute(Journey.KEY.name())).as("nothing saved").isNull();
    }

    @Test
    void validAnswersAreAppliedSavedAndRedirected() throws Exception {
        MvcResult result = identity("CLARKE", "2880499132047", "1988", "69003");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/practice/iban");
        Journey journey = (Journey) session.getAttribute(Journey.KEY.name());
        assertThat(journey.personSlug()).isEqualTo("emma");
        assertThat(journey.identity().maskedNir()).contains("•");

        Document iban = page(mvc.perform(get("/practice/iban").session(session))
                .andExpect(view().name("practice/iban"))
                .andExpect(model().attribute("backHref", "/practice/identity"))
                .andReturn());
        assertThat(iban.select(".stepper").text()).isEqualTo("Step 2 of 7 — Next: your carte Vitale serial number");
        assertThat(iban.select("[data-shown=iban]").text()).startsWith("FR29 2004 1010 0505 1234");
        assertThat(iban.select("form").attr("action")).isEqualTo("/practice/iban");
    }

    @Test
    void aWrongCheckCountsForThePersonAndShowsTheBlocker() throws Exception {
        identity("Clarke", "2880499132047", "1988", "69003");
        when(attempts.wrong("emma")).thenReturn(3);
        MvcResult wrong = mvc.perform(
                        post("/practice/iban").session(session).with(csrf()).param("lastSeven", "0000000"))
                .andExpect(status().is(422))
                .andExpect(model().attribute("blocker", Blocker.RIB_NOT_RECOGNISED))
                .andReturn();
        assertThat(page(wrong).select("#lastSeven-error").text()).contains("3");
        verify(attempts).wrong("emma");

        when(attempts.wrong("emma")).thenReturn(0);
        mvc.perform(post("/practice/iban").session(session).with(csrf()).param("lastSeven", "0000000"))
                .andExpect(redirectedUrl("/practice/locked"));

        when(attempts.lockedUntil("emma")).thenReturn(Optional.of(Instant.now().plusSeconds(600)));
        mvc.perform(get("/practice/iban").session(session)).andExpect(redirectedUrl("/practice/locked"));
        mvc.perform(post("/practice/iban").session(session).with(csrf()).param("lastSeven", "5A02137"))
                .andExpect(redirectedUrl("/practice/locked"));
    }

    @Test
    void aFormatMistakeIsExplainedButNotCounted() throws Exception {
        identity("Clarke", "2880499132047", "1988", "69003");
        mvc.perform(post("/practice/iban").session(session).with(csrf()).param("lastSeven", "12"))
                .andExpect(status().is(422))
                .andExpect(model().attributeHasFieldErrorCode("form", "lastSeven", "practice.iban.lastSeven.format"));
        verify(attempts, org.mockito.Mockito.never()).wrong(anyString());
    }

    @Test
    void anotherSchemeStopsOnAPageWithItsBlockerAndNothingToSend() throws Exception {
        MvcResult result = mvc.perform(post("/practice/identity")
                        .session(session)
                        .with(csrf())
                        .param("lastName", "Gagnon")
                        .param("nir", "1710899401078")
                        .param("day", "2")
                        .param("month", "8")
                        .param("year", "1971")
                        .param("postcode", "24200"))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/practice/other-scheme");
        mvc.perform(get("/practice/other-scheme").session(session))
                .andExpect(status().isOk())
                .andExpect(model().attribute("blocker", Blocker.OTHER_SCHEME))
                .andExpect(model().attributeDoesNotExist("stepper"));
        mvc.perform(post("/practice/other-scheme").session(session).with(csrf()))
                .andExpect(redirectedUrl("/practice/other-scheme"));
        mvc.perform(get("/practice/conditions").session(session)).andExpect(redirectedUrl("/practice/other-scheme"));
    }
}
