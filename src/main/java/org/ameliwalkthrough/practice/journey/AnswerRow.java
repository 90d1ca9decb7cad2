package org.ameliwalkthrough.practice.journey;

import java.time.LocalDate;

/**
 * One row of "Check your answers": the label (and ameli's French label beside it), the answer, and
 * the step its Change link goes back to. The answer is exactly one of: text as typed (masked where
 * it is an identifier), a message key, or a date the page formats in the reader's language.
 */
public record AnswerRow(
        String labelKey,
        String realLabelKey,
        String text,
        String messageKey,
        LocalDate date,
        boolean mono,
        String slug) {

    public static AnswerRow text(String labelKey, String realLabelKey, String text, String slug) {
        return new AnswerRow(labelKey, realLabelKey, text, null, null, false, slug);
    }

    /** A masked identifier, shown in the monospaced digits of the documents. */
    public static AnswerRow number(String labelKey, String realLabelKey, String masked, String slug) {
        return new AnswerRow(labelKey, realLabelKey, masked, null, null, true, slug);
    }

    public static AnswerRow message(String labelKey, String realLabelKey, String messageKey, String slug) {
        return new AnswerRow(labelKey, realLabelKey, null, messageKey, null, false, slug);
    }

    public static AnswerRow date(String labelKey, String realLabelKey, LocalDate date, String slug) {
        return new AnswerRow(labelKey, realLabelKey, null, null, date, false, slug);
    }

    /** A short name for the row (the label key's last part, e.g. {@code nir}), for tests and styles. */
    public String id() {
        return labelKey.substring(labelKey.lastIndexOf('.') + 1);
    }

    /** Where the Change link goes. */
    public String changePath() {
        return JourneyPaths.step(slug);
    }
}
