package org.ameliwalkthrough.practice.journey;

import java.util.Optional;
import org.ameliwalkthrough.troubleshooting.Blocker;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * A step's own code: which form a GET shows, what else its page needs, and how a form that passed
 * validation changes the journey. Loading, the reachability guard, binding, validation, the error
 * page, saving and the redirect are the pipeline's ({@link StepController}), written once.
 *
 * @param <F> the step's form type, as the definition names it ({@link NoForm} for pages without one)
 */
public interface StepHandler<F> {

    /** The form a GET shows: what the journey already holds (Back, Change), or empty boxes. */
    F form(StepContext context);

    /** Anything else the page shows beside the form, on a GET and when it is shown again with errors. */
    default void describe(StepContext context, Model model) {}

    /** Where to send the user instead of this step (e.g. the lock page), if anywhere. */
    default Optional<String> divert(StepContext context) {
        return Optional.empty();
    }

    /** Applies a form that passed validation; a check that fails adds its errors and refuses. */
    StepOutcome apply(StepContext context, F form, Errors errors);

    /**
     * The sign-up blocker that refused answers point to (the real-looking message and what to do),
     * if any: asked by the pipeline whenever the page is shown again with errors.
     */
    default Optional<Blocker> blocker(StepContext context, F form, Errors errors) {
        return Optional.empty();
    }

    /** True when one of the errors carries this message code: how a handler recognises its own refusals. */
    static boolean hasError(Errors errors, String code) {
        return errors.getAllErrors().stream().anyMatch(e -> code.equals(e.getCode()));
    }
}
