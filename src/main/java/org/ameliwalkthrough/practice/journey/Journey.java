package org.ameliwalkthrough.practice.journey;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.identifiers.PhoneNumber;
import org.ameliwalkthrough.system.SessionKey;

/**
 * One practice sign-up, kept in the HTTP session: the answers (identifiers masked, the password
 * only as a BCrypt hash) and which steps are done. It does not decide where the user goes: the
 * {@link JourneyDefinition} reads it for that. Time is the server's clock plus this journey's own
 * offset, so "pretend 8 days have passed" moves nobody else's clock.
 */
public class Journey implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    public static final SessionKey<Journey> KEY = SessionKey.of("practiceJourney", Journey.class);

    private final String id;
    private String personaSlug;
    private String personSlug;
    private Route route = Route.CARTE_VITALE;
    private IdentityAnswers identity;
    private final Set<String> done = new LinkedHashSet<>();
    private final Map<String, Serializable> answers = new HashMap<>();
    private String passwordHash;
    private String email;
    private String phone;
    private Duration offset = Duration.ZERO;
    private String accountId;
    private String attemptScope;

    public Journey() {
        this(UUID.randomUUID().toString());
    }

    private Journey(String id) {
        this.id = id;
    }

    /** A fresh start that keeps the id and the persona (attempt locks are the person's, not the journey's). */
    public Journey restarted() {
        Journey fresh = new Journey(id);
        fresh.personaSlug = personaSlug;
        fresh.route = route;
        fresh.attemptScope = attemptScope;
        return fresh;
    }

    /**
     * Wrong answers of this journey count for this scope only (a workshop's learner), not for every
     * journey of the person: one learner's mistakes must not lock the persona for the whole room.
     */
    public Journey scopedTo(String scope) {
        this.attemptScope = scope;
        return this;
    }

    /** The key route 1's wrong answers count under: the person's slug, within this journey's scope if any. */
    public String attemptKey(String personSlug) {
        return attemptScope == null ? personSlug : personSlug + "@" + attemptScope;
    }

    /** Keys this journey's practice account in the database. */
    public String id() {
        return id;
    }

    /** The persona whose documents are shown beside the screens (chosen on the start page). */
    public String personaSlug() {
        return personaSlug;
    }

    /** Until the records answer, the route is the one the persona's records lead to. */
    public void choosePersona(String slug, Route expected) {
        this.personaSlug = slug;
        this.route = expected;
    }

    /** The route the answers lead to (or, before the identity step, are expected to). */
    public Route route() {
        return route;
    }

    /** The recognised person: who the records (or FranceConnect) say the user is; null before. */
    public String personSlug() {
        return personSlug;
    }

    public IdentityAnswers identity() {
        return identity;
    }

    /**
     * The records (or FranceConnect) recognised the person. Another person or another route means
     * the checks made for the old one no longer hold: {@code routeOwnSteps} are forgotten.
     */
    void recognised(String slug, Route newRoute, IdentityAnswers answers, Set<String> routeOwnSteps) {
        if (!slug.equals(personSlug) || newRoute != route) {
            done.removeAll(routeOwnSteps);
            this.answers.keySet().removeAll(routeOwnSteps);
        }
        this.personSlug = slug;
        this.route = newRoute;
        this.identity = answers;
    }

    public boolean isDone(String slug) {
        return done.contains(slug);
    }

    void complete(String slug) {
        done.add(slug);
    }

    /** A step's own answer, kept under its slug: how a new step stores what it asks without a new field here. */
    public <T extends Serializable> Optional<T> answer(String slug, Class<T> type) {
        Serializable value = answers.get(slug);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    public void setAnswer(String slug, Serializable value) {
        answers.put(slug, value);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String bcryptHash) {
        this.passwordHash = bcryptHash;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public void setContact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    /** The journey's own "now": the real clock moved by whatever time the user pretended passed. */
    public Instant now(Clock clock) {
        return clock.instant().plus(offset);
    }

    public void pretendTimePassed(Duration duration) {
        offset = offset.plus(duration);
    }

    public boolean isSubmitted() {
        return accountId != null;
    }

    public String accountId() {
        return accountId;
    }

    /**
     * Check answers was sent: the practice account exists and the journey cannot be sent twice. The
     * e-mail and mobile were kept in full only while the visitor could still check and change them;
     * from now on the session holds their masked forms (decision 21 in docs/decisions.md).
     */
    public void submitted(String accountId) {
        this.accountId = accountId;
        if (email != null) {
            email = EmailAddress.parse(email).masked();
        }
        if (phone != null) {
            phone = PhoneNumber.parse(phone).masked();
        }
    }

    @Override
    public String toString() {
        return "Journey[" + route + ", done=" + done + "]"; // never the answers
    }
}
