package org.ameliwalkthrough.practice.steps;

import java.util.Optional;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.practice.journey.IdentityAnswers;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepHandler;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.ameliwalkthrough.troubleshooting.Blocker;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Screen 1: who are you? The records' answer decides the route. */
@Component
class IdentityStep implements StepHandler<IdentityForm> {

    static final String NOT_RECOGNISED = "practice.identity.notRecognised";

    private final IdentityLookup lookup;
    private final JourneyDefinition definition;

    IdentityStep(IdentityLookup lookup, JourneyDefinition definition) {
        this.lookup = lookup;
        this.definition = definition;
    }

    /** Back or Change: what was typed; the number itself comes from the records, not the session. */
    @Override
    public IdentityForm form(StepContext context) {
        IdentityAnswers a = context.journey().identity();
        if (a == null || context.person().isEmpty()) {
            return IdentityForm.empty();
        }
        return new IdentityForm(
                a.lastName(),
                context.person().get().nir().withoutKey(),
                String.valueOf(a.birthDate().getDayOfMonth()),
                String.valueOf(a.birthDate().getMonthValue()),
                String.valueOf(a.birthDate().getYear()),
                a.postcode());
    }

    @Override
    public StepOutcome apply(StepContext context, IdentityForm form, Errors errors) {
        TypedIdentity typed = form.typed();
        IdentityLookup.Result found = lookup.lookUp(typed);
        if (!found.found()) {
            errors.reject(NOT_RECOGNISED);
            errors.rejectValue(found.field(), found.hintKey());
            return StepOutcome.refused();
        }
        definition.recognised(
                context.journey(),
                found.person(),
                new IdentityAnswers(
                        typed.lastName(),
                        null, // ameli does not ask it; check answers shows no first-name row
                        typed.nir().masked(),
                        typed.birthDate(),
                        typed.postcode().normalized()));
        return StepOutcome.done();
    }

    /** A temporary number, or details the records do not match (ameli's "erronées"). */
    @Override
    public Optional<Blocker> blocker(StepContext context, IdentityForm form, Errors errors) {
        if (Nir.looksTemporary(form.nir())) {
            return Optional.of(Blocker.TEMPORARY_NUMBER);
        }
        return StepHandler.hasError(errors, NOT_RECOGNISED)
                ? Optional.of(Blocker.DETAILS_NOT_RECOGNISED)
                : Optional.empty();
    }
}
