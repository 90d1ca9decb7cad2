package org.ameliwalkthrough.practice.journey;

import org.ameliwalkthrough.system.SessionEnded;

/**
 * Every address of the practice ameli side, written once. Steps live at {@link #STEP} under their
 * slug from the definition; these are the pages around them. Controllers map these constants and
 * redirect through {@link #redirect}, so no path is typed twice.
 */
public final class JourneyPaths {

    public static final String START = "/practice";
    public static final String STEP = START + "/{slug}";
    public static final String PERSONA = START + "/persona";
    public static final String DOCUMENTS = START + "/documents";
    public static final String RESTART = START + "/restart";
    public static final String LOCKED = START + "/locked";
    public static final String MAILBOX = START + "/mailbox";
    public static final String WAIT = MAILBOX + "/wait";
    public static final String ACTIVATE = START + "/activate";
    public static final String ACTIVATED = START + "/activated";
    public static final String LINK_EXPIRED = START + "/link-expired";
    public static final String LINK_INVALID = START + "/link-invalid";
    public static final String LOGIN = START + "/login";
    public static final String LOGIN_CODE = LOGIN + "/code";
    public static final String ACCOUNT = START + "/account";
    public static final String FRANCECONNECT_START = START + "/franceconnect/start";
    public static final String FRANCECONNECT_CALLBACK = START + "/franceconnect/callback";
    public static final String PASSWORD_CRITERIA = START + "/password/criteria";
    /** The personas' printable packs: public paper, so these pages never look the session up. */
    public static final String PERSONAS = START + "/personas/";

    public static final String PACKS = PERSONAS + "packs";
    public static final String PACK = PERSONAS + "{key}/pack";

    private JourneyPaths() {}

    /** The "your practice session ended" page, saying where the visitor was. */
    public static String sessionEnded(String from) {
        return SessionEnded.path(from);
    }

    /** The URL of a step, e.g. {@code /practice/iban}. */
    public static String step(String slug) {
        return START + "/" + slug;
    }

    /** The printable pack of a persona, e.g. {@code /practice/personas/emma/pack}. */
    public static String pack(String slug) {
        return PERSONAS + slug + "/pack";
    }

    /** A Spring MVC redirect view name for a path. */
    public static String redirect(String path) {
        return "redirect:" + path;
    }
}
