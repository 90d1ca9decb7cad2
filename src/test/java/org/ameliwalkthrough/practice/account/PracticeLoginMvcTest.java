package org.ameliwalkthrough.practice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The practice login as ameli's has it: the e-mailed code expiring (time travel), "send a new code",
 * the trusted device, "Mot de passe oublié" through the mailbox, log out; a new session id at each
 * change of identity; link tokens and codes hashed in the database and never in clear in the session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeLoginMvcTest {

    static final String NIR = "2880499132047";
    static final String PASSWORD = "Practice1!";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PracticeSession user;

    @BeforeEach
    void newVisitor() {
        PracticeData.forgetAttempts(jdbc);
        user = new PracticeSession(mvc);
    }

    static void assertRedirect(MockHttpServletResponse response, String to) {
        assertThat(response.getStatus()).as("status").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(to);
    }

    /** Emma's route 1 up to the validation e-mail; returns the link as the mailbox shows it. */
    String emmaSignedUp() throws Exception {
        assertRedirect(user.emmaThroughContact(), "/practice/check-answers");
        assertRedirect(user.post("/practice/check-answers"), "/practice/confirmation");
        return user.page("/practice/mailbox").select("a.mail__link").attr("href");
    }

    void emmaActivated() throws Exception {
        assertRedirect(user.get(emmaSignedUp()), "/practice/activated");
    }

    /** The newest code in the practice mailbox, as a person reads it. */
    String newestCode() throws Exception {
        return user.page("/practice/mailbox").select("[data-code]").first().text();
    }

    MockHttpServletResponse logIn(String password) throws Exception {
        return user.post("/practice/login", "nir", NIR, "password", password);
    }

    static String wrongFor(String... codes) {
        for (String candidate : List.of("000000", "111111", "222222")) {
            if (!List.of(codes).contains(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("unreachable");
    }

    @Test
    void theCodeExpiresWhenSixteenMinutesPass() throws Exception {
        emmaActivated();
        assertRedirect(logIn(PASSWORD), "/practice/login/code");
        String code = newestCode();
        assertRedirect(user.post("/practice/mailbox/wait", "span", "16m"), "/practice/mailbox");
        Document mailbox = user.page("/practice/mailbox");
        assertThat(mailbox.select("[data-expired=LOGIN_CODE]").text()).startsWith("This code has expired");
        assertThat(mailbox.select("#practice-date").text()).contains("16 minutes after the real time");
        assertRedirect(user.post("/practice/login/code", "code", code), "/practice/login");
        assertThat(user.page("/practice/login").select("[role=status]").text())
                .contains("valid for 15 minutes and has expired");
        assertRedirect(user.get("/practice/account"), "/practice/login");
    }

    @Test
    void resendingSendsANewCodeAndTheOldOneStopsButWrongEntriesStillCount() throws Exception {
        emmaActivated();
        assertRedirect(logIn(PASSWORD), "/practice/login/code");
        String first = newestCode();
        assertThat(user.post("/practice/login/code", "code", wrongFor(first)).getStatus())
                .isEqualTo(422);
        assertRedirect(user.post("/practice/login/code/resend"), "/practice/login/code");
        assertThat(user.page("/practice/login/code").select("#code-notice").text())
                .contains("A new code has been sent");
        assertThat(user.page("/practice/mailbox").select("[data-code]")).hasSize(2);
        String second = newestCode();
        if (!first.equals(second)) { // one chance in a million that the new code is the old one
            MockHttpServletResponse old = user.post("/practice/login/code", "code", first);
            assertThat(old.getStatus()).isEqualTo(422);
            assertThat(PracticeSession.parse(old).select("#code-error").text())
                    .as("the wrong entry before the resend still counts")
                    .contains("1 attempt left");
        }
        assertRedirect(user.post("/practice/login/code", "code", second), "/practice/account");
    }

    @Test
    void wrongCodesAreCountedOnTheAccountSoLoggingInAgainGivesNoNewTries() throws Exception {
        emmaActivated();
        assertRedirect(logIn(PASSWORD), "/practice/login/code");
        String code = newestCode();
        String wrong = wrongFor(code);
        assertThat(user.post("/practice/login/code", "code", wrong).getStatus()).isEqualTo(422);
        assertThat(user.post("/practice/login/code", "code", wrong).getStatus()).isEqualTo(422);
        String accountId = jdbc.sql(
                        "SELECT id FROM practice_account WHERE person_slug = 'emma' AND activated_at IS NOT NULL"
                                + " ORDER BY created_at DESC LIMIT 1")
                .query(String.class)
                .single();
        assertThat(jdbc.sql("SELECT wrong_count FROM practice_login_code WHERE account_id = ?")
                        .param(accountId)
                        .query(Integer.class)
                        .single())
                .as("counted in the database, on the account")
                .isEqualTo(2);

        assertRedirect(logIn(PASSWORD), "/practice/login/code");
        assertThat(user.page("/practice/login/code").select("#code-notice").text())
                .contains("still valid");
        assertThat(user.page("/practice/mailbox").select("[data-code]"))
                .as("no new code")
                .hasSize(1);
        assertRedirect(user.post("/practice/login/code", "code", wrong), "/practice/login");
        assertThat(user.page("/practice/login").select("[role=status]").text()).contains("Three wrong codes");
        assertRedirect(user.post("/practice/login/code", "code", code), "/practice/login");
    }

    @Test
    void aTrustedDeviceSkipsTheCodeUntilThePasswordChanges() throws Exception {
        emmaActivated();
        assertRedirect(logIn(PASSWORD), "/practice/login/code");
        assertThat(user.page("/practice/login/code").text()).contains("Faire confiance à cet appareil", "Not certain:");
        MockHttpServletResponse in = user.post("/practice/login/code", "code", newestCode(), "trust", "true");
        assertRedirect(in, "/practice/account");
        Cookie trusted = in.getCookie(LoginSupport.TRUST_COOKIE);
        assertThat(trusted).isNotNull();
        assertThat(trusted.isHttpOnly()).isTrue();
        assertThat(jdbc.sql("SELECT token_hash FROM practice_trusted_device")
                        .query(String.class)
                        .list())
                .as("only the token's hash is stored")
                .contains(Tokens.sha256(trusted.getValue()))
                .doesNotContain(trusted.getValue());

        assertRedirect(user.post("/practice/logout"), "/practice/login");
        MockHttpServletResponse again = user.perform(MockMvcRequestBuilders.post("/practice/login")
                .param("nir", NIR)
                .param("password", PASSWORD)
                .cookie(trusted)
                .with(csrf()));
        assertRedirect(again, "/practice/account");
        assertThat(user.page("/practice/account").text()).contains("trusted device");
        assertThat(user.page("/practice/mailbox").select("[data-code]"))
                .as("no code asked")
                .hasSize(1);

        assertRedirect(logIn(PASSWORD), "/practice/login/code"); // without the cookie: a code again
    }

    @Test
    void logOutEndsTheLoginWithANewSessionId() throws Exception {
        emmaActivated();
        assertRedirect(logIn(PASSWORD), "/practice/login/code");
        assertRedirect(user.post("/practice/login/code", "code", newestCode()), "/practice/account");
        assertThat(user.page("/practice/account").select("form button#logout").text())
                .contains("Log out");
        String before = user.sessionCookie();
        assertRedirect(user.post("/practice/logout"), "/practice/login");
        assertThat(user.sessionCookie()).isNotEqualTo(before);
        assertThat(user.page("/practice/login").select("[role=status]").text()).contains("You are logged out");
        assertRedirect(user.get("/practice/account"), "/practice/login");
    }

    @Test
    void theSessionIdChangesAtActivationLoginAndCode() throws Exception {
        String link = emmaSignedUp();
        String signedUp = user.sessionCookie();
        assertRedirect(user.get(link), "/practice/activated");
        String activated = user.sessionCookie();
        assertThat(activated).as("at activation").isNotEqualTo(signedUp);
        assertRedirect(logIn(PASSWORD), "/practice/login/code");
        String loggedIn = user.sessionCookie();
        assertThat(loggedIn).as("at login").isNotEqualTo(activated);
        assertRedirect(user.post("/practice/login/code", "code", newestCode()), "/practice/account");
        assertThat(user.sessionCookie()).as("at the 6-digit code").isNotEqualTo(loggedIn);
        assertThat(user.get("/practice/account").getStatus())
                .as("the journey came along")
                .isEqualTo(200);
    }

    @Test
    void linkTokensAndCodesAreHashedInTheDatabaseAndNeverInClearInTheSession() throws Exception {
        String link = emmaSignedUp();
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertThat(jdbc.sql("SELECT link_token FROM practice_account")
                        .query(String.class)
                        .list())
                .contains(Tokens.sha256(token))
                .doesNotContain(token);
        assertNotInAnySession(token);
        assertRedirect(user.get(link), "/practice/activated");
        assertRedirect(logIn(PASSWORD), "/practice/login/code");
        String code = newestCode();
        assertThat(jdbc.sql("SELECT code_hash FROM practice_login_code")
                        .query(String.class)
                        .list())
                .allMatch(hash -> hash.startsWith("$2"))
                .doesNotContain(code);
        assertNotInAnySession(code);
    }

    void assertNotInAnySession(String secret) {
        List<byte[]> attributes = jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes")
                .query((rs, n) -> rs.getBytes(1))
                .list();
        assertThat(attributes).isNotEmpty();
        for (byte[] bytes : attributes) {
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        }
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailbox() throws Exception {
        emmaActivated();
        Document login = user.page("/practice/login");
        String forgot = login.select("a#forgot-password").attr("href");
        assertThat(login.select("a#forgot-password").text()).contains("Mot de passe oublié ?");
        assertThat(user.page(forgot).select("input[name=nir]")).hasSize(1);

        MockHttpServletResponse wrongDate = user.post(forgot, "nir", NIR, "day", "13", "month", "4", "year", "1988");
        assertThat(wrongDate.getStatus()).isEqualTo(422);
        assertThat(PracticeSession.parse(wrongDate).select(".error-summary").text())
                .contains("not the practice account holder");
        MockHttpServletResponse noDate = user.post(forgot, "nir", NIR, "day", "31", "month", "2", "year", "1988");
        assertThat(PracticeSession.parse(noDate).select("#birthDate-error").text())
                .contains("real date");

        assertRedirect(user.post(forgot, "nir", NIR, "day", "12", "month", "4", "year", "1988"), forgot + "/sent");
        assertThat(user.page(forgot + "/sent").text()).contains("30 minutes", "e•••@example.org");
        String reset = user.page("/practice/mailbox").select("a.mail__reset").attr("href");
        Document form = user.page(reset);
        String token = form.select("input[name=token]").val();
        assertThat(token).isNotBlank();
        assertThat(jdbc.sql("SELECT token_hash FROM practice_password_reset")
                        .query(String.class)
                        .list())
                .contains(Tokens.sha256(token))
                .doesNotContain(token);

        MockHttpServletResponse different = user.post(
                "/practice/login/reset", "token", token, "password", "Changed2!", "confirmation", "Changed3!");
        assertThat(different.getStatus()).isEqualTo(422);
        assertThat(PracticeSession.parse(different)
                        .select("#confirmation-error")
                        .text())
                .isNotBlank();
        assertRedirect(
                user.post(
                        "/practice/login/reset", "token", token, "password", "Changed2!", "confirmation", "Changed2!"),
                "/practice/login");
        assertThat(user.page("/practice/login").select("[role=status]").text()).contains("new practice password");
        assertThat(user.page(reset).select("h1").text()).as("used once").isEqualTo("This link is not valid");

        assertThat(logIn(PASSWORD).getStatus()).as("the old password").isEqualTo(422);
        assertRedirect(logIn("Changed2!"), "/practice/login/code");
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutes() throws Exception {
        emmaActivated();
        assertRedirect(
                user.post("/practice/login/forgot", "nir", NIR, "day", "12", "month", "4", "year", "1988"),
                "/practice/login/forgot/sent");
        String reset = user.page("/practice/mailbox").select("a.mail__reset").attr("href");
        assertRedirect(user.post("/practice/mailbox/wait", "span", "31m"), "/practice/mailbox");
        assertThat(user.page("/practice/mailbox")
                        .select("[data-expired=PASSWORD_RESET]")
                        .text())
                .startsWith("This link has expired");
        Document expired = user.page(reset);
        assertThat(expired.select("h1").text()).isEqualTo("This link has expired");
        assertThat(expired.select("a#forgot-again").attr("href")).isEqualTo("/practice/login/forgot");
    }
}
