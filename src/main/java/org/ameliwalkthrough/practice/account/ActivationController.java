package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The link in the validation e-mail, and the control that lets a user see it expire. */
@Controller
class ActivationController {

    static final Duration PRETEND = Duration.ofDays(8);

    /** What each mail's "pretend time passed" button moves the clock by: just past its validity. */
    static final Map<String, Duration> SPANS =
            Map.of("8d", PRETEND, "16m", Duration.ofMinutes(16), "31m", Duration.ofMinutes(31));

    /** The shape of the tokens {@code AccountOpening} puts in links: a UUID's 32 hex digits. */
    static final Pattern LINK_TOKEN = Pattern.compile("[0-9a-f]{32}");

    private final PracticeAccounts accounts;
    private final PracticeJourneys journeys;
    private final Clock clock;

    ActivationController(PracticeAccounts accounts, PracticeJourneys journeys, Clock clock) {
        this.accounts = accounts;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** Like the real link, opening it is what activates the account (then PRG to a plain page). */
    @GetMapping(JourneyPaths.ACTIVATE)
    String activate(@RequestParam(defaultValue = "") String token, HttpServletRequest request) {
        Journey journey = journeys.current(request);
        var found = accounts.findByLinkToken(token);
        if (found.isEmpty()) {
            // One of our links whose request is gone (expired and deleted, or purged) has expired;
            // anything else was never a link the practice mailbox sent.
            return JourneyPaths.redirect(
                    LINK_TOKEN.matcher(token).matches() ? JourneyPaths.LINK_EXPIRED : JourneyPaths.LINK_INVALID);
        }
        PracticeAccount account = found.get();
        if (account.isActivated()) {
            return JourneyPaths.redirect(JourneyPaths.ACTIVATED);
        }
        if (journey.now(clock).isAfter(account.linkExpiresAt())) {
            accounts.delete(account.id()); // as on ameli: an expired request is gone, start again
            return JourneyPaths.redirect(JourneyPaths.LINK_EXPIRED);
        }
        accounts.activate(account.id(), journey.now(clock));
        LoginSupport.newSessionId(request);
        return JourneyPaths.redirect(JourneyPaths.ACTIVATED);
    }

    @GetMapping(JourneyPaths.ACTIVATED)
    String activated() {
        return "practice/activated";
    }

    @GetMapping(JourneyPaths.LINK_INVALID)
    String invalid() {
        return "practice/link-invalid";
    }

    @GetMapping(JourneyPaths.LINK_EXPIRED)
    String expired() {
        return "practice/link-expired";
    }

    /** Moves this journey's clock only; nobody else's time changes. An unknown span moves nothing. */
    @PostMapping(JourneyPaths.WAIT)
    String pretendTimePassed(@RequestParam(defaultValue = "8d") String span, HttpServletRequest request) {
        Duration duration = SPANS.get(span);
        if (duration != null) {
            Journey journey = journeys.current(request);
            journey.pretendTimePassed(duration);
            journeys.save(request, journey);
        }
        return JourneyPaths.redirect(JourneyPaths.MAILBOX);
    }
}
