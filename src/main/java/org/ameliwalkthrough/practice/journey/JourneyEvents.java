package org.ameliwalkthrough.practice.journey;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * What the step pipeline tells whoever watches a journey (a workshop's board), without knowing who
 * that is: the journey depends on no listener, and with none (or a visitor outside a workshop) these
 * do nothing. Reasons are the identifier reason codes ({@code nir.key}) or the handler's message codes.
 */
public interface JourneyEvents {

    JourneyEvents NONE = new JourneyEvents() {};

    /** A persona was chosen on the start page ("Choose someone else" included): the journey starts again as them. */
    default void personaChosen(HttpServletRequest request, Journey journey) {}

    /** A step's page was shown; an END or STOP page means the route is finished. */
    default void stepShown(HttpServletRequest request, Journey journey, StepSpec step) {}

    /** The step's answers were refused, for these reasons (one per error). */
    default void stepRefused(HttpServletRequest request, StepSpec step, List<String> reasons) {}

    /** The step's answers were accepted. */
    default void stepDone(HttpServletRequest request, Journey journey, StepSpec step) {}
}
