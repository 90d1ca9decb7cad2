package org.ameliwalkthrough.workshop;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyEvents;
import org.ameliwalkthrough.practice.journey.StepSpec;
import org.ameliwalkthrough.practice.journey.StepSpec.Kind;
import org.ameliwalkthrough.system.RefusedAnswers;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.stereotype.Component;

/** Moves a learner's row on the board as their journey goes; nothing at all for a visitor outside a workshop. */
@Component
class WorkshopProgress implements JourneyEvents, RefusedAnswers {

    static final String OTHER = "other";

    /** The journey's step that the practice FranceConnect and impots.gouv.fr pages belong to. */
    static final String FRANCECONNECT_STEP = "franceconnect";

    private final SessionStore sessions;
    private final Learners learners;

    WorkshopProgress(SessionStore sessions, Learners learners) {
        this.sessions = sessions;
        this.learners = learners;
    }

    /**
     * A seated learner who picks someone else ("Choose someone else") now practises as them: the
     * board must show that persona, not the one handed out, and their row starts again.
     */
    @Override
    public void personaChosen(HttpServletRequest request, Journey journey) {
        learner(request)
                .filter(l ->
                        journey.personaSlug() != null && !journey.personaSlug().equals(l.personaSlug()))
                .ifPresent(l -> learners.personaChanged(l, journey.personaSlug()));
    }

    @Override
    public void stepShown(HttpServletRequest request, Journey journey, StepSpec step) {
        learner(request)
                .ifPresent(l -> learners.onStep(
                        l, step.slug(), journey.route().name(), step.kind() == Kind.END || step.kind() == Kind.STOP));
    }

    @Override
    public void stepRefused(HttpServletRequest request, StepSpec step, List<String> reasons) {
        learner(request).ifPresent(l -> learners.mistake(l, reasons.isEmpty() ? List.of(OTHER) : reasons));
    }

    @Override
    public void stepDone(HttpServletRequest request, Journey journey, StepSpec step) {
        learner(request).ifPresent(learners::progressed);
    }

    /**
     * Refused outside the journey's steps, i.e. on the practice FranceConnect pages: the learner is on
     * the FranceConnect step there, even when they left straight from the identity page's button.
     */
    @Override
    public void refused(HttpServletRequest request, List<String> reasons) {
        learner(request)
                .map(this::atFranceConnect)
                .ifPresent(l -> learners.mistake(l, reasons.isEmpty() ? List.of(OTHER) : reasons));
    }

    private Learner atFranceConnect(Learner learner) {
        if (FRANCECONNECT_STEP.equals(learner.stepSlug())) {
            return learner;
        }
        learners.onStep(learner, FRANCECONNECT_STEP, learner.route(), false);
        return learners.find(learner.id()).orElse(learner);
    }

    private Optional<Learner> learner(HttpServletRequest request) {
        return sessions.find(request, Seat.KEY).filter(s -> !s.ended()).flatMap(s -> learners.find(s.learnerId()));
    }
}
