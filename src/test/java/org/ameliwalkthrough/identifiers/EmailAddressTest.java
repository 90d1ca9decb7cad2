package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void lowerCasesTheDomainOnly() {
        EmailAddress email = EmailAddress.parse("\u00a0Jane.Doe@Example.FR ");
        assertThat(email.normalized()).isEqualTo("Jane.Doe@example.fr");
        assertThat(email.masked()).isEqualTo("J•••@example.fr");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"very.unusual.@.unusual.com\"@example.com",
                "hans@m端ller.com",
                "user@example.xn--p1ai",
                "\"john doe\"@example.com",
                "élodie.dupont@orange.fr",
                "a+b@sub.example.co.uk"
            })
    void acceptsQuotedAndInternationalLocalParts(String address) {
        assertThat(EmailAddress.check(address).isValid()).isTrue();
    }

    @Test
    void reasonCodesAndArguments() {
        assertThat(EmailAddress.check("emmanuel@hibernate").problems())
                .containsExactly(Problem.of("email.no-tld", "hibernate"));
        assertThat(EmailAddress.check("user@[IPv6:2001:DB8::1]").problems())
                .containsExactly(Problem.of("email.ip-literal"));
        assertThat(EmailAddress.check("\"foo\"bar@gmail.com").problems()).containsExactly(Problem.of("email.quotes"));
        assertThat(EmailAddress.check("emmanuel.hibernate.org").problems()).containsExactly(Problem.of("email.no-at"));
        assertThat(EmailAddress.check("A@b@c@example.com").problems())
                .containsExactly(Problem.of("email.several-at", 3L));
        assertThat(EmailAddress.check("emma nuel@hibernate.org").problems())
                .containsExactly(Problem.of("email.character", "U+0020", 5));
        assertThat(EmailAddress.check("jane\u00a0doe@example.fr").problems())
                .containsExactly(Problem.of("email.character", "U+00A0", 5));
        assertThat(EmailAddress.check("ｊane@example.fr").problems())
                .containsExactly(Problem.of("email.full-width", "ｊ", 1));
        assertThat(EmailAddress.check("john..doe@example.com").problems()).containsExactly(Problem.of("email.dots"));
        assertThat(EmailAddress.check("emmanuel@").problems()).containsExactly(Problem.of("email.domain-empty"));
        assertThat(EmailAddress.check("@example.fr").problems()).containsExactly(Problem.of("email.local-empty"));
        assertThat(EmailAddress.check("abc@abc_def.com").problems())
                .containsExactly(Problem.of("email.domain-character", "_"));
        assertThat(EmailAddress.check("someone@-test.com").problems())
                .containsExactly(Problem.of("email.domain-hyphen", "-test"));
        assertThat(EmailAddress.check("jsmith@apache.c").problems()).containsExactly(Problem.of("email.tld", "c"));
        assertThat(EmailAddress.check("x@example.com.").problems()).containsExactly(Problem.of("email.domain-dots"));
        assertThat(EmailAddress.check("a".repeat(65) + "@example.fr").problems())
                .containsExactly(Problem.of("email.local-length", 65, 64));
    }
}
