package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ameliwalkthrough.mailbox.MailMessage;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/** What the login pages share: this session's account, its time, sending codes, trusted devices, new session ids. */
@Component
class LoginSupport {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(15);
    /** woob's ameli module shows the trusted-device choice lasting about 6 months (not certain). */
    static final Duration TRUST = Duration.ofDays(180);

    static final String TRUST_COOKIE = "practice_trusted";

    private final PracticeJourneys journeys;
    private final PracticeAccounts accounts;
    private final LoginCodes codes;
    private final AccountTokens tokens;
    private final PasswordEncoder encoder;
    private final MailboxStore mailboxes;
    private final Clock clock;

    LoginSupport(
            PracticeJourneys journeys,
            PracticeAccounts accounts,
            LoginCodes codes,
            AccountTokens tokens,
            PasswordEncoder encoder,
            MailboxStore mailboxes,
            Clock clock) {
        this.journeys = journeys;
        this.accounts = accounts;
        this.codes = codes;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mailboxes = mailboxes;
        this.clock = clock;
    }

    /** The activated practice account this session's journey opened, if any. */
    Optional<PracticeAccount> activeAccount(HttpServletRequest request) {
        Journey journey = journeys.current(request);
        if (journey.accountId() == null) {
            return Optional.empty();
        }
        return accounts.findById(journey.accountId()).filter(PracticeAccount::isActivated);
    }

    /** The journey's time: "pretend time passed" in the mailbox moves it on. */
    Instant now(HttpServletRequest request) {
        return journeys.current(request).now(clock);
    }

    /** A new code, e-mailed to the practice inbox; only its BCrypt hash is stored. */
    void sendCode(HttpServletRequest request, PracticeAccount account) {
        String code = Tokens.code();
        Instant now = now(request);
        codes.issue(account.id(), encoder.encode(code), now);
        mailboxes.deliver(request, new MailMessage(MailMessage.Kind.LOGIN_CODE, now, code));
    }

    boolean isTrustedDevice(HttpServletRequest request, PracticeAccount account) {
        Cookie cookie = WebUtils.getCookie(request, TRUST_COOKIE);
        return cookie != null && tokens.trusted(account.id(), cookie.getValue(), now(request));
    }

    void trustThisDevice(HttpServletRequest request, HttpServletResponse response, PracticeAccount account) {
        Cookie cookie =
                new Cookie(TRUST_COOKIE, tokens.trust(account.id(), now(request).plus(TRUST)));
        cookie.setPath(JourneyPaths.START);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) TRUST.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** A new session id at each change of who the visitor is (login, code, activation): no session fixation. */
    static void newSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }
}
