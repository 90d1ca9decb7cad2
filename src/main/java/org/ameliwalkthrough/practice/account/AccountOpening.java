package org.ameliwalkthrough.practice.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.springframework.stereotype.Service;

/**
 * Turns a finished journey into a practice account waiting for its e-mail link, and checks that
 * link later. The link is valid 7 days, as The Local described ameli's in 2021.
 */
@Service
public class AccountOpening {

    public static final Duration LINK_VALIDITY = Duration.ofDays(7);

    private final PracticeAccounts accounts;
    private final Clock clock;

    AccountOpening(PracticeAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new account and its link's path: the only moment the link's token is known in clear. */
    public record Opened(PracticeAccount account, String linkPath) {
        @Override
        public String toString() {
            return "Opened[" + account + "]"; // never the link
        }
    }

    /** Stores the account (with its link token's hash) and returns it; the caller sends the validation e-mail. */
    public Opened open(Journey journey) {
        String token = Tokens.random();
        Instant now = journey.now(clock);
        PracticeAccount account = new PracticeAccount(
                UUID.randomUUID().toString(),
                journey.id(),
                journey.personSlug(),
                journey.identity().maskedNir(),
                EmailAddress.parse(journey.email()).masked(),
                journey.passwordHash(),
                Tokens.sha256(token),
                now.plus(LINK_VALIDITY),
                null);
        accounts.create(account);
        return new Opened(account, JourneyPaths.ACTIVATE + "?token=" + token);
    }
}
