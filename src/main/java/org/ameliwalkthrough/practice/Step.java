package org.ameliwalkthrough.practice;

/** The screens of the practice sign-up, in ameli's order. The path is also the template name. */
public enum Step {
    IDENTITY("identity", true),
    IBAN("iban", true),
    SERIAL("serial", true),
    FRANCECONNECT("franceconnect", true),
    CONDITIONS("conditions", true),
    PASSWORD("password", true),
    CONTACT("contact", true),
    CHECK_ANSWERS("check-answers", false),
    CONFIRMATION("confirmation", false);

    private final String slug;
    private final boolean question;

    Step(String slug, boolean question) {
        this.slug = slug;
        this.question = question;
    }

    /** The URL, e.g. {@code /practice/iban}. */
    public String path() {
        return "/practice/" + slug;
    }

    /** The template, e.g. {@code practice/iban}. */
    public String view() {
        return "practice/" + slug;
    }

    public String redirect() {
        return "redirect:" + path();
    }

    /** Message key of the step's short name, used by the stepper ("Next: your password"). */
    public String nameKey() {
        return "practice.step." + slug;
    }

    /** Questions count in the stepper; check answers and confirmation do not. */
    public boolean isQuestion() {
        return question;
    }
}
