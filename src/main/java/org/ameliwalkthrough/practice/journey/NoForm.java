package org.ameliwalkthrough.practice.journey;

/** The "form" of a step whose page only has a button (check answers) or nothing to send at all. */
public record NoForm() {

    public static final NoForm INSTANCE = new NoForm();
}
