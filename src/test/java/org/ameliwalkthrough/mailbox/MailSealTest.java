package org.ameliwalkthrough.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

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
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(new MailSeal(Base64.getEncoder().encodeToString(other)).open(sealed))
                .as("another key")
                .isEmpty();
    }

    @Test
    void withoutAConfiguredKeyEveryInstanceOnOneDatabaseSharesTheKeyTheFirstOneMade() {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:mailseal;DB_CLOSE_DELAY=-1"));
        jdbc.sql("CREATE TABLE app_secret (name VARCHAR(40) PRIMARY KEY, secret VARCHAR(100) NOT NULL)")
                .update();
        String sealed = new MailSeal("", jdbc).seal("123456");
        assertThat(new MailSeal("", jdbc).open(sealed)).as("after a restart").contains("123456");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_secret")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
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
