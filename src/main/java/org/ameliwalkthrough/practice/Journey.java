package org.ameliwalkthrough.practice;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ameliwalkthrough.records.PracticePerson;

/**
 * One practice sign-up, kept in the HTTP session. It holds the answers (identifiers masked, the
 * password only as a BCrypt hash) and decides from them which step comes next and which came
 * before. Time is the server's clock plus this journey's own offset, so "pretend 8 days have
 * passed" moves nobody else's clock.
 */
public class Journey implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MAX_WRONG_CHECKS = 5;

    private final String id;
    private String personaSlug;
    private Route route;
    private String personSlug;
    private IdentityAnswers identity;
    private final Set<Step> done = EnumSet.noneOf(Step.class);
    private int wrongChecks;
    private String passwordHash;
    private String email;
    private String phone;
    private Duration offset = Duration.ZERO;
    private String accountId;

    public Journey() {
        this(UUID.randomUUID().toString());
    }

    /** Starting again keeps the id, so a lock on the old attempt still applies. */
    public Journey(String id) {
        this.id = id;
    }

    /** Keys this journey's lock and practice account in the database. */
    public String id() {
        return id;
    }

    /** The persona whose documents are shown beside the screens (chosen on the start page). */
    public String personaSlug() {
        return personaSlug;
    }

    public void choosePersona(String slug) {
        this.personaSlug = slug;
    }

    public Route route() {
        return route;
    }

    /** The recognised person: who the records (or FranceConnect) say the user is. */
    public String personSlug() {
        return personSlug;
    }

    public IdentityAnswers identity() {
        return identity;
    }

    /** The records know this person: route 1 if ameli can check them, else FranceConnect. */
    public void identified(PracticePerson person, IdentityAnswers answers) {
        setPerson(person, person.canUseCarteVitaleRoute() ? Route.CARTE_VITALE : Route.FRANCECONNECT);
        this.identity = answers;
        done.add(Step.IDENTITY);
    }

    /**
     * FranceConnect came back and the records recognised the person: identity and the
     * FranceConnect step are done, and the journey continues with the shared steps.
     */
    public void recognisedByFranceConnect(PracticePerson person) {
        setPerson(person, Route.FRANCECONNECT);
        this.identity = IdentityAnswers.of(person);
        done.add(Step.IDENTITY);
        done.add(Step.FRANCECONNECT);
    }

    private void setPerson(PracticePerson person, Route newRoute) {
        if (!person.slug().equals(personSlug) || newRoute != route) {
            // Another person or another route: the checks made for the old one no longer hold.
            for (Route r : Route.values()) {
                r.ownSteps().forEach(done::remove);
            }
            wrongChecks = 0;
        }
        this.personSlug = person.slug();
        this.route = newRoute;
    }

    /** The steps of the current route; only identity until the records have answered. */
    public List<Step> steps() {
        return route == null ? List.of(Step.IDENTITY) : route.steps();
    }

    public boolean isDone(Step step) {
        return done.contains(step);
    }

    public void complete(Step step) {
        done.add(step);
    }

    /** Where a user who is not sure where they are should go. */
    public Step firstUnfinished() {
        if (isSubmitted()) {
            return Step.CONFIRMATION;
        }
        return steps().stream().filter(s -> !done.contains(s)).findFirst().orElse(Step.IDENTITY);
    }

    /** A step can be shown once every step before it on the route is done (deep links are not). */
    public boolean canShow(Step step) {
        if (isSubmitted()) {
            return step == Step.CONFIRMATION;
        }
        List<Step> steps = steps();
        return steps.contains(step) && steps.indexOf(step) <= steps.indexOf(firstUnfinished());
    }

    /** Where a step's Back link goes: the step before it on the route, or null for the start page. */
    public Step previous(Step step) {
        List<Step> steps = steps();
        int i = steps.indexOf(step);
        return i > 0 ? steps.get(i - 1) : null;
    }

    /** Questions of the route in order, for the stepper. */
    public List<Step> questions() {
        return steps().stream().filter(Step::isQuestion).toList();
    }

    /** Counts a wrong IBAN or serial; true when this attempt locks the registration. */
    public boolean wrongCheck() {
        wrongChecks++;
        return wrongChecks >= MAX_WRONG_CHECKS;
    }

    /** After a lock has run out the user gets a fresh set of attempts. */
    public void resetChecks() {
        wrongChecks = 0;
    }

    public int attemptsLeft() {
        return Math.max(0, MAX_WRONG_CHECKS - wrongChecks);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String bcryptHash) {
        this.passwordHash = bcryptHash;
        done.add(Step.PASSWORD);
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
        done.add(Step.CONTACT);
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

    /** Check answers was sent: the practice account exists and the journey cannot be sent twice. */
    public void submitted(String accountId) {
        this.accountId = accountId;
        done.add(Step.CHECK_ANSWERS);
    }

    @Override
    public String toString() {
        return "Journey[" + route + ", done=" + done + "]"; // never the answers
    }
}
