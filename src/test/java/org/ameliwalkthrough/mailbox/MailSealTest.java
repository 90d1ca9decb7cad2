package org.ameliwalkthrough.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What the inbox keeps in the session is sealed: unreadable without the key, and tamper-evident. */
class MailSealTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aSealedValueOpensWithTheSameKeyOnly() {
        MailSeal seal = new MailSeal(KEY);
        String sealed = seal.seal("/practice/activate?token=0123456789abcdef0123456789abcdef");
        assertThat(sealed).doesNotContain("0123456789abcdef");
        assertThat(seal.open(sealed)).contains("/practice/activate?token=0123456789abcdef0123456789abcdef");
        assertThat(new MailSeal(KEY).open(sealed))
                .as("another instance with the same key")
                .isPresent();
        assertThat(new MailSeal("").open(sealed)).as("a key made at startup").isEmpty();
    }

    @Test
    void eachSealIsDifferentAndAForgedOneDoesNotOpen() {
        MailSeal seal = new MailSeal(KEY);
        assertThat(seal.seal("123456")).isNotEqualTo(seal.seal("123456"));
        String sealed = seal.seal("123456");
        String forged = (sealed.charAt(20) == 'A' ? 'B' : 'A') + "";
        assertThat(seal.open(sealed.substring(0, 20) + forged + sealed.substring(21)))
                .isEmpty();
        assertThat(seal.open("not base64 at all!")).isEmpty();
        assertThat(seal.open("")).isEmpty();
    }
}
