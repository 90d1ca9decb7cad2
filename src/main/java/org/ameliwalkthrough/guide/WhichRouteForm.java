package org.ameliwalkthrough.guide;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
 * Each pattern lists {@link WhichRoute#values} of its question (WhichRouteDecisionTest checks it).
 */
record WhichRouteForm(
        @NotNull(message = "{guide.route.scheme.required}")
        @Pattern(regexp = "general|other|unknown", message = "{guide.route.scheme.required}")
        String scheme,

        @NotNull(message = "{guide.route.numberStart.required}")
        @Pattern(regexp = "permanent|temporary|unknown", message = "{guide.route.numberStart.required}")
        String numberStart,

        @NotNull(message = "{guide.route.carteVitale.required}")
        @Pattern(regexp = "activated|notActivated|notReceived|unknown", message = "{guide.route.carteVitale.required}")
        String carteVitale,

        @NotNull(message = "{guide.route.bankDetailsKnown.required}")
        @Pattern(regexp = "yes|no|unknown", message = "{guide.route.bankDetailsKnown.required}")
        String bankDetailsKnown,

        @NotNull(message = "{guide.route.impotsAccount.required}")
        @Pattern(regexp = "yes|no|unknown", message = "{guide.route.impotsAccount.required}")
        String impotsAccount) {

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

    /** The answer for a valid form (every field matches its pattern). */
    WhichRoute.Answer answer() {
        return WhichRoute.decide(
                WhichRoute.parse(Scheme.class, scheme).orElseThrow(),
                WhichRoute.parse(NumberStart.class, numberStart).orElseThrow(),
                WhichRoute.parse(Card.class, carteVitale).orElseThrow(),
                WhichRoute.parse(YesNo.class, bankDetailsKnown).orElseThrow(),
                WhichRoute.parse(YesNo.class, impotsAccount).orElseThrow());
    }
}
