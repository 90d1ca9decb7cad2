package org.ameliwalkthrough.troubleshooting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A common reason the ameli sign-up stops (reference section E.1), as the "Something went wrong?"
 * page explains it and the simulator points to it. Message keys are derived from {@link #key()}:
 * {@code trouble.<key>.title|.real|.meaning|.why} and one {@code trouble.<key>.<effort>} per step.
 */
public enum Blocker {
    DETAILS_NOT_RECOGNISED(
            "details-not-recognised",
            Wording.CONFIRMED,
            List.of(Effort.CHECK, Effort.ROUTE, Effort.PHONE, Effort.OFFICE)),
    RIB_NOT_RECOGNISED(
            "rib-not-recognised", Wording.PRACTICE, List.of(Effort.CHECK, Effort.ROUTE, Effort.PHONE, Effort.OFFICE)),
    TEMPORARY_NUMBER(
            "temporary-number", Wording.PRACTICE, List.of(Effort.CHECK, Effort.WAIT, Effort.PHONE, Effort.OFFICE)),
    CARD_NOT_RECEIVED(
            "card-not-received", Wording.PRACTICE, List.of(Effort.CHECK, Effort.ROUTE, Effort.PHONE, Effort.OFFICE)),
    CARD_NOT_ACTIVATED(
            "card-not-activated", Wording.PRACTICE, List.of(Effort.CHECK, Effort.ROUTE, Effort.PHONE, Effort.OFFICE)),
    EMAIL_NOT_RECEIVED("email-not-received", Wording.NONE, List.of(Effort.CHECK, Effort.WAIT, Effort.PHONE)),
    EMAIL_ALREADY_USED("email-already-used", Wording.PRACTICE, List.of(Effort.CHECK, Effort.ROUTE, Effort.PHONE)),
    ACCOUNT_LOCKED("account-locked", Wording.CONFIRMED, List.of(Effort.WAIT, Effort.ROUTE, Effort.PHONE)),
    OTHER_SCHEME("other-scheme", Wording.PRACTICE, List.of(Effort.CHECK, Effort.ROUTE, Effort.PHONE, Effort.OFFICE));

    /** Where the message shown for a blocker comes from, so the page can say how sure we are. */
    public enum Wording {
        /** Quoted from code that reads the real site (reference A.4). */
        CONFIRMED,
        /** The real wording is not in our sources: the practice site's own, labelled as such. */
        PRACTICE,
        /** Nothing is shown: the user is left waiting. */
        NONE
    }

    /** What to try, from the least effort to the most: the order the page lists the steps in. */
    public enum Effort {
        CHECK,
        WAIT,
        ROUTE,
        PHONE,
        OFFICE;

        public String key() {
            return name().toLowerCase();
        }
    }

    private final String anchor;
    private final Wording wording;
    private final List<Effort> steps;

    Blocker(String anchor, Wording wording, List<Effort> steps) {
        this.anchor = anchor;
        this.wording = wording;
        this.steps = steps;
    }

    /** The blocker with this anchor (as the practice records name it), if any. */
    public static Optional<Blocker> byAnchor(String anchor) {
        return Arrays.stream(values()).filter(b -> b.anchor.equals(anchor)).findFirst();
    }

    /** The fragment id on /something-went-wrong, e.g. {@code rib-not-recognised}. */
    public String anchor() {
        return anchor;
    }

    /** The message-key stem, e.g. {@code ribNotRecognised}. */
    public String key() {
        StringBuilder key = new StringBuilder();
        for (String part : anchor.split("-")) {
            key.append(key.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return key.toString();
    }

    /** Key of what the user sees, in French; null when the site shows nothing. */
    public String realMessageKey() {
        return wording == Wording.NONE ? null : "trouble." + key() + ".real";
    }

    public Wording wording() {
        return wording;
    }

    public List<Effort> steps() {
        return steps;
    }

    /** Link to this blocker's explanation, for the simulator's messages. */
    public String helpPath() {
        return "/something-went-wrong#" + anchor;
    }
}
