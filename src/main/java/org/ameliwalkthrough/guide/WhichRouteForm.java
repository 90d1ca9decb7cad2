package org.ameliwalkthrough.guide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ameliwalkthrough.guide.WhichRoute.Card;
import org.ameliwalkthrough.guide.WhichRoute.NumberStart;
import org.ameliwalkthrough.guide.WhichRoute.Scheme;
import org.ameliwalkthrough.guide.WhichRoute.YesNo;

/**
 * The five questions of the "Which route is mine?" helper, as sent by its GET form, in page order.
 * Which answers each accepts is {@link #CHOICES}, checked by {@link AnswersEveryQuestion}.
 */
@AnswersEveryQuestion
record WhichRouteForm(
        String scheme, String numberStart, String carteVitale, String bankDetailsKnown, String impotsAccount) {

    static final WhichRouteForm EMPTY = new WhichRouteForm(null, null, null, null, null);

    /** Each question (a field) with the answers it accepts, both in the order the page shows them. */
    static final Map<String, List<String>> CHOICES = choices();

    /** The questions in page order: the error summary follows it. */
    static final List<String> QUESTIONS = List.copyOf(CHOICES.keySet());

    private static Map<String, List<String>> choices() {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put("scheme", WhichRoute.values(Scheme.class));
        choices.put("numberStart", WhichRoute.values(NumberStart.class));
        choices.put("carteVitale", WhichRoute.values(Card.class));
        choices.put("bankDetailsKnown", WhichRoute.values(YesNo.class));
        choices.put("impotsAccount", WhichRoute.values(YesNo.class));
        return Collections.unmodifiableMap(choices);
    }

    /** What was sent for each question, by field name, in page order. */
    Map<String, String> sent() {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("scheme", scheme);
        sent.put("numberStart", numberStart);
        sent.put("carteVitale", carteVitale);
        sent.put("bankDetailsKnown", bankDetailsKnown);
        sent.put("impotsAccount", impotsAccount);
        return sent;
    }

    /** The answer for a valid form (every question has one of its answers). */
    WhichRoute.Answer answer() {
        return WhichRoute.decide(
                WhichRoute.parse(Scheme.class, scheme).orElseThrow(),
                WhichRoute.parse(NumberStart.class, numberStart).orElseThrow(),
                WhichRoute.parse(Card.class, carteVitale).orElseThrow(),
                WhichRoute.parse(YesNo.class, bankDetailsKnown).orElseThrow(),
                WhichRoute.parse(YesNo.class, impotsAccount).orElseThrow());
    }
}
