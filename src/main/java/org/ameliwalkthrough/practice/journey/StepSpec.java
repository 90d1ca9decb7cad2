package org.ameliwalkthrough.practice.journey;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One entry of the journey definition: the step's slug (its URL under {@code /practice/} and its
 * template under {@code practice/}), its kind, its form and handler, the routes it applies to, and
 * the rows it adds to "Check your answers". Its stepper name is the message {@code practice.step.<slug>}.
 */
public record StepSpec(
        String slug,
        Kind kind,
        Class<?> formType,
        Class<? extends StepHandler<?>> handler,
        Set<Route> routes,
        boolean explainsRoute,
        boolean doneByFranceConnect,
        Function<StepContext, List<AnswerRow>> rows) {

    public enum Kind {
        /** A screen with a question; counted by the stepper. */
        QUESTION,
        /** Check your answers: counted, and sending it ends the journey. */
        REVIEW,
        /** The end of a route that leads to no account: explained, nothing to send. */
        STOP,
        /** The page after sending; the only one reachable then. */
        END
    }

    public StepSpec {
        routes = Set.copyOf(routes);
    }

    public String path() {
        return JourneyPaths.step(slug);
    }

    public String view() {
        return "practice/" + slug;
    }

    public String nameKey() {
        return "practice.step." + slug;
    }

    public boolean isNumbered() {
        return kind == Kind.QUESTION || kind == Kind.REVIEW;
    }

    /** Steps with no form are shown only; the pipeline never binds a POST for them. */
    public boolean acceptsAnswers() {
        return formType != null;
    }

    public boolean appliesTo(Route route) {
        return routes.contains(route);
    }

    public static Builder step(String slug, Kind kind) {
        return new Builder(slug, kind);
    }

    /** Reads like the definition it builds: {@code step("iban", QUESTION).form(...).on(CARTE_VITALE)}. */
    public static final class Builder {
        private final String slug;
        private final Kind kind;
        private Class<?> formType;
        private Class<? extends StepHandler<?>> handler;
        private Set<Route> routes = EnumSet.allOf(Route.class);
        private boolean explainsRoute;
        private boolean doneByFranceConnect;
        private Function<StepContext, List<AnswerRow>> rows = context -> List.of();

        private Builder(String slug, Kind kind) {
            this.slug = slug;
            this.kind = kind;
        }

        public <F> Builder form(Class<F> type, Class<? extends StepHandler<F>> handledBy) {
            this.formType = type;
            this.handler = handledBy;
            return this;
        }

        /** A page without a form; its handler only describes it. */
        public Builder page(Class<? extends StepHandler<NoForm>> handledBy) {
            this.handler = handledBy;
            return this;
        }

        public Builder on(Route first, Route... more) {
            this.routes = EnumSet.of(first, more);
            return this;
        }

        /** The page explains why the person is on this route: it shows the blocker their records point to. */
        public Builder explainsRoute() {
            this.explainsRoute = true;
            return this;
        }

        /** Coming back recognised from FranceConnect answers this step. */
        public Builder doneByFranceConnect() {
            this.doneByFranceConnect = true;
            return this;
        }

        public Builder rows(Function<StepContext, List<AnswerRow>> rows) {
            this.rows = rows;
            return this;
        }

        public StepSpec build() {
            return new StepSpec(slug, kind, formType, handler, routes, explainsRoute, doneByFranceConnect, rows);
        }
    }
}
