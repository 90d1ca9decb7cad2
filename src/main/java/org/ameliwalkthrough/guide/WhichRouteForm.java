package org.ameliwalkthrough.guide;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The two yes/no questions of the "Which route is mine?" helper, as sent by its GET form. */
record WhichRouteForm(
        @NotNull(message = "{guide.route.vitaleActivated.required}")
        @Pattern(regexp = "yes|no", message = "{guide.route.vitaleActivated.required}")
        String vitaleActivated,

        @NotNull(message = "{guide.route.bankDetailsKnown.required}")
        @Pattern(regexp = "yes|no", message = "{guide.route.bankDetailsKnown.required}")
        String bankDetailsKnown) {

    static final WhichRouteForm EMPTY = new WhichRouteForm(null, null);

    /** Route 1 needs both: an activated carte Vitale and bank details already on file; otherwise FranceConnect. */
    Route route() {
        return "yes".equals(vitaleActivated) && "yes".equals(bankDetailsKnown) ? Route.ROUTE_1 : Route.FRANCECONNECT;
    }

    enum Route {
        ROUTE_1,
        FRANCECONNECT
    }
}
