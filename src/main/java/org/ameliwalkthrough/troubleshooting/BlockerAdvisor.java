package org.ameliwalkthrough.troubleshooting;

import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.records.PracticePerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the simulator which blocker, if any, a practice person or an answer runs into, so that it
 * can show the real-looking message followed by our explanation. One place decides, so the
 * "Something went wrong?" page and the simulator cannot disagree.
 */
@Component
public class BlockerAdvisor {

    private final JdbcClient jdbc;

    BlockerAdvisor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The blocker that stops this person on the carte Vitale route, most fundamental first. */
    public Optional<Blocker> forPerson(PracticePerson person) {
        if (isTemporaryNumber(person.nir())) {
            return Optional.of(Blocker.TEMPORARY_NUMBER);
        }
        if (!person.isGeneralScheme()) {
            return Optional.of(Blocker.OTHER_SCHEME);
        }
        if (person.carteVitaleSerial() == null) {
            return Optional.of(Blocker.CARD_NOT_RECEIVED);
        }
        if (!person.cardActivated()) {
            return Optional.of(Blocker.CARD_NOT_ACTIVATED);
        }
        if (!person.hasBankDetailsOnFile()) {
            return Optional.of(Blocker.RIB_NOT_RECOGNISED);
        }
        return Optional.empty();
    }

    /**
     * What the identity screen ran into: a temporary number, or details the records do not match
     * (ameli's "erronées"). Empty for plain typing mistakes the field messages already explain.
     */
    public Optional<Blocker> forIdentityStep(String typedNir, boolean notInRecords) {
        if (isTemporaryNumber(typedNir)) {
            return Optional.of(Blocker.TEMPORARY_NUMBER);
        }
        return notInRecords ? Optional.of(Blocker.DETAILS_NOT_RECOGNISED) : Optional.empty();
    }

    /** A number whose first digit is 7 or 8 is a temporary one (NIA), whatever its key says. */
    public static boolean isTemporaryNumber(String nir) {
        if (nir == null) {
            return false;
        }
        String compact = nir.strip();
        return !compact.isEmpty() && (compact.charAt(0) == '7' || compact.charAt(0) == '8');
    }

    /** True when another practice account already uses this address (one personal e-mail per account). */
    public boolean isEmailAlreadyUsed(String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM practice_taken_email WHERE email = :email")
                        .param("email", email.strip().toLowerCase(Locale.ROOT))
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
