package org.ameliwalkthrough.practice.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The mailbox's ages and practice clock read right for 1 and for more, in both languages, and say Paris time. */
class MailboxWordingTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MailboxWordingTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    String fr(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    @Test
    void agesInBothLanguages() {
        assertThat(en("mailbox.age.days", 1)).isEqualTo("sent 1 day ago");
        assertThat(en("mailbox.age.days", 8)).isEqualTo("sent 8 days ago");
        assertThat(en("mailbox.age.hours", 1)).isEqualTo("sent 1 hour ago");
        assertThat(en("mailbox.age.minutes", 0)).isEqualTo("sent just now");
        assertThat(en("mailbox.age.minutes", 16)).isEqualTo("sent 16 minutes ago");
        assertThat(fr("mailbox.age.days", 1)).isEqualTo("envoyé il y a 1 jour");
        assertThat(fr("mailbox.age.days", 8)).isEqualTo("envoyé il y a 8 jours");
        assertThat(fr("mailbox.age.minutes", 1)).isEqualTo("envoyé il y a 1 minute");
        assertThat(fr("mailbox.age.minutes", 0)).isEqualTo("envoyé maintenant");
    }

    @Test
    void theClockSaysParisTimeAndHowFarAheadItIs() {
        assertThat(en("mailbox.sentAt", "2 Dec 2026 09:14")).isEqualTo("2 Dec 2026 09:14 (Paris time)");
        assertThat(fr("mailbox.sentAt", "2 déc. 2026 09:14")).isEqualTo("2 déc. 2026 09:14 (heure de Paris)");
        assertThat(en("mailbox.clock.aheadDays", "10 Dec 2026 09:14", 8))
                .contains("(Paris time), 8 days after the real date", "session's clock");
        assertThat(en("mailbox.clock.aheadDays", "3 Dec 2026 09:14", 1)).contains("1 day after");
        assertThat(fr("mailbox.clock.aheadDays", "10 déc. 2026 09:14", 8))
                .startsWith("Date d'entraînement")
                .contains("(heure de Paris), 8 jours après", "l'horloge");
        assertThat(fr("mailbox.clock.aheadMinutes", "09:30", 16)).contains("16 minutes après");
    }
}
