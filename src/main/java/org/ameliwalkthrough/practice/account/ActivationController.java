package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.ameliwalkthrough.practice.Journey;
import org.ameliwalkthrough.practice.JourneyStore;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The link in the validation e-mail, and the control that lets a user see it expire. */
@Controller
class ActivationController {

    static final Duration PRETEND = Duration.ofDays(8);

    private final PracticeAccounts accounts;
    private final JourneyStore journeys;
    private final Clock clock;

    ActivationController(PracticeAccounts accounts, JourneyStore journeys, Clock clock) {
        this.accounts = accounts;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** Like the real link, opening it is what activates the account (then PRG to a plain page). */
    @GetMapping("/practice/activate")
    String activate(@RequestParam(defaultValue = "") String token, HttpSession session) {
        Journey journey = journeys.get(session);
        var found = accounts.findByLinkToken(token);
        if (found.isEmpty()) {
            return "redirect:/practice/link-expired";
        }
        PracticeAccount account = found.get();
        if (account.isActivated()) {
            return "redirect:/practice/activated";
        }
        if (journey.now(clock).isAfter(account.linkExpiresAt())) {
            accounts.delete(account.id()); // as on ameli: an expired request is gone, start again
            return "redirect:/practice/link-expired";
        }
        accounts.activate(account.id(), journey.now(clock));
        return "redirect:/practice/activated";
    }

    @GetMapping("/practice/activated")
    String activated() {
        return "practice/activated";
    }

    @GetMapping("/practice/link-expired")
    String expired() {
        return "practice/link-expired";
    }

    /** Moves this journey's clock only; nobody else's time changes. */
    @PostMapping("/practice/mailbox/wait")
    String pretendTimePassed(HttpSession session) {
        Journey journey = journeys.get(session);
        journey.pretendTimePassed(PRETEND);
        journeys.save(session, journey);
        return "redirect:/practice/mailbox";
    }
}
