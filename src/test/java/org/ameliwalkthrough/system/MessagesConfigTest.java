package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The idle warning, on every page of a session, formats its minutes on its own copy. Each look-up of a message
 * with arguments formats on its own copy, not on a shared, locked one.
 */
class MessagesConfigTest {

    @Test
    void everyLookUpGetsItsOwnFormatWithTheSameText() {
        MessagesConfig.UnsharedFormats messages = new MessagesConfig.UnsharedFormats();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");

        var first = messages.resolveCode("layout.idle.text", Locale.ENGLISH);
        var second = messages.resolveCode("layout.idle.text", Locale.ENGLISH);

        assertThat(first).isNotNull().isNotSameAs(second);
        assertThat(first.toPattern()).isEqualTo(second.toPattern());
        assertThat(messages.resolveCode("no.such.key", Locale.ENGLISH)).isNull();
        assertThat(messages.getMessage("layout.idle.text", new Object[] {3}, Locale.ENGLISH))
                .contains("will end in 3 minutes");
    }
}
