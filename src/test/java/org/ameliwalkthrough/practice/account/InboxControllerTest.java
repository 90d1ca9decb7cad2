package org.ameliwalkthrough.practice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ameliwalkthrough.mailbox.MailMessage;
import org.ameliwalkthrough.mailbox.Mailbox;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
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

/**
 * The practice inbox: the visitor's messages, newest first, dated in Paris time, with the "spot the
 * fake" e-mails of troubleshooting's SpotTheFakeInbox beside them (asked for explicitly by the page).
 */
@WebMvcTest(InboxController.class)
@Import({SiteWebLayer.class, InboxController.SpotTheFakeInInbox.class})
class InboxControllerTest {

    static final Instant SENT = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MailboxStore mailboxes;

    @MockitoBean
    PracticeJourneys journeys;

    @MockitoBean
    Clock clock;

    /** The real clock: ten minutes after the code was sent; the journey has not moved its own. */
    Journey journey = new Journey();

    @BeforeEach
    void tenMinutesAfterTheCode() {
        when(clock.instant()).thenReturn(SENT.plusSeconds(900));
        when(journeys.current(any())).thenReturn(journey);
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    Mailbox validationThenCode() {
        Mailbox mailbox = new Mailbox();
        mailbox.deliver(new MailMessage(MailMessage.Kind.VALIDATION, SENT, "/practice/activate?token=abc"));
        mailbox.deliver(new MailMessage(MailMessage.Kind.LOGIN_CODE, SENT.plusSeconds(300), "123456"));
        return mailbox;
    }

    @Test
    void anEmptyInboxSaysHowToGetTheEmail() throws Exception {
        when(mailboxes.get(any())).thenReturn(new Mailbox());
        MvcResult result = mvc.perform(get("/practice/mailbox"))
                .andExpect(status().isOk())
                .andExpect(view().name("mailbox/inbox"))
                .andExpect(model().attribute("messages", List.of()))
                .andExpect(model().attribute("zone", InboxController.PARIS))
                .andExpect(model().attributeExists("spot"))
                .andReturn();
        verify(mailboxes).get(any());
        assertThat(result.getRequest().getSession(false))
                .as("a plain visit opens no session")
                .isNull();
        Document page = page(result);
        assertThat(page.select("main").text()).contains("No messages yet.");
        assertThat(page.select("article.mail")).isEmpty();
        assertThat(page.select("article.spot-mail"))
                .as("no fakes before the real e-mail")
                .isEmpty();
    }

    @Test
    void messagesAreListedNewestFirstInParisTime() throws Exception {
        Mailbox mailbox = validationThenCode();
        when(mailboxes.get(any())).thenReturn(mailbox);
        MvcResult result = mvc.perform(get("/practice/mailbox"))
                .andExpect(model().attribute("messages", mailbox.messages()))
                .andReturn();
        Document page = page(result);
        var mails = page.select("article.mail");
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).select("[data-code]").text()).isEqualTo("123456");
        assertThat(mails.get(0).select(".mail__meta").text()).contains("26 Nov 2026 11:05 (Paris time)");
        assertThat(mails.get(0).select(".mail__age").text()).isEqualTo("sent 10 minutes ago");
        assertThat(page.select("#practice-date").text())
                .isEqualTo("Today in this practice: 26 Nov 2026 11:15 (Paris time).");
        assertThat(page.select("[data-expired]")).as("nothing has expired yet").isEmpty();
        assertThat(mails.get(1).select("a.mail__link").attr("href")).isEqualTo("/practice/activate?token=abc");
        assertThat(mails.get(1).select(".mail__meta").text()).contains("26 Nov 2026 11:00");
        assertThat(mails.get(1).select("form.spot-answer input[name=from]").val())
                .isEqualTo("mailbox");
        assertThat(page.select("article.spot-mail")).as("the fakes beside it").hasSize(3);
    }

    @Test
    void theInboxSpeaksFrenchToAFrenchReader() throws Exception {
        when(mailboxes.get(any())).thenReturn(validationThenCode());
        Document page = page(mvc.perform(get("/practice/mailbox").header("Accept-Language", "fr"))
                .andReturn());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("article.mail .mail__meta").first().text())
                .contains("26 nov. 2026 11:05 (heure de Paris)");
        assertThat(page.select(".mail__age").first().text()).isEqualTo("envoyé il y a 10 minutes");
    }

    @Test
    void pretendingEightDaysPassedShowsThePracticeDateTheAgeAndTheExpiredLink() throws Exception {
        journey.pretendTimePassed(ActivationController.PRETEND);
        when(mailboxes.get(any())).thenReturn(validationThenCode());
        Document page = page(mvc.perform(get("/practice/mailbox")).andReturn());
        assertThat(page.select("#practice-date").text())
                .isEqualTo("Practice date: 4 Dec 2026 11:15 (Paris time), 8 days after the real date."
                        + " Only this practice session's clock moved.");
        var mails = page.select("article.mail");
        assertThat(mails.get(1).select(".mail__age").text()).isEqualTo("sent 8 days ago");
        assertThat(mails.get(1).select("[data-expired=VALIDATION]").text()).startsWith("This link has expired");
        assertThat(mails.get(1).select("#pretend-8-days")).as("no second jump").isEmpty();
        assertThat(mails.get(0).select("[data-expired=LOGIN_CODE]").text()).startsWith("This code has expired");
    }

    @Test
    void aMessageThatCanNoLongerBeOpenedSaysSo() throws Exception {
        Mailbox mailbox = new Mailbox();
        mailbox.deliver(new MailMessage(MailMessage.Kind.LOGIN_CODE, SENT, null));
        when(mailboxes.get(any())).thenReturn(mailbox);
        Document page = page(mvc.perform(get("/practice/mailbox")).andReturn());
        assertThat(page.select("article.mail").text()).contains("can no longer be opened");
        assertThat(page.select("[data-code]")).isEmpty();
    }
}
