package org.ameliwalkthrough.franceconnect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ameliwalkthrough.franceconnect.LoginAttempts.Count;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The practice impots.gouv.fr login: numéro fiscal + password, with a lock after too many wrong passwords. */
@Component
class ImpotsAccounts {

    sealed interface Outcome {}

    record Authenticated(PracticePerson person) implements Outcome {}

    record UnknownNumber() implements Outcome {}

    record WrongPassword(int triesLeft) implements Outcome {}

    /** When the lock ends, and the whole minutes left (rounded up) so the page can say "in 15 minutes". */
    record Locked(Instant until, long minutesLeft) implements Outcome {}

    private final PracticeRecords records;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final Clock clock;

    ImpotsAccounts(PracticeRecords records, PasswordEncoder passwords, LoginAttempts attempts, Clock clock) {
        this.records = records;
        this.passwords = passwords;
        this.attempts = attempts;
        this.clock = clock;
    }

    Outcome login(NumeroFiscal numeroFiscal, String password) {
        Optional<PracticePerson> found =
                records.findByNumeroFiscal(numeroFiscal).filter(p -> p.taxPasswordHash() != null);
        if (found.isEmpty()) {
            return new UnknownNumber();
        }
        PracticePerson person = found.get();
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = attempts.lockedUntil(person.id(), now);
        if (lockedUntil.isPresent()) {
            return locked(now, lockedUntil.get());
        }
        if (password == null || !passwords.matches(password, person.taxPasswordHash())) {
            Count count = attempts.wrongPassword(person.id(), now);
            return count.lockedAt(now)
                    ? locked(now, count.lockedUntil())
                    : new WrongPassword(Math.max(1, LoginAttempts.MAX_WRONG - count.wrong()));
        }
        attempts.succeeded(person.id());
        return new Authenticated(person);
    }

    private static Locked locked(Instant now, Instant until) {
        long seconds = Duration.between(now, until).toSeconds();
        return new Locked(until, (seconds + 59) / 60);
    }
}
