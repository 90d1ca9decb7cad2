package org.ameliwalkthrough.practice.journey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.ReasonCodes;
import org.ameliwalkthrough.troubleshooting.Blocker;
import org.ameliwalkthrough.troubleshooting.BlockerAdvisor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one request pipeline of every step: load the journey, guard reachability, bind and validate
 * the step's form, show the page again with the errors (422) or apply the answers, save, and
 * redirect (Post/Redirect/Get). A step's handler only says what its answers change.
 */
@Controller
public class StepController {

    private final JourneyDefinition definition;
    private final PracticeJourneys journeys;
    private final StepForms forms;
    private final BeanFactory beans;
    private final BlockerAdvisor advisor;
    private final LanguageSwitch languageSwitch;
    private final JourneyEvents events;
    private final DocumentsPanels panels;

    StepController(
            JourneyDefinition definition,
            PracticeJourneys journeys,
            StepForms forms,
            BeanFactory beans,
            BlockerAdvisor advisor,
            MessageSource messages,
            DocumentsPanels panels) {
        this.definition = definition;
        this.journeys = journeys;
        this.forms = forms;
        this.beans = beans;
        this.advisor = advisor;
        this.panels = panels;
        this.languageSwitch = new LanguageSwitch(messages);
        this.events = beans.getBeanProvider(JourneyEvents.class).getIfAvailable(() -> JourneyEvents.NONE);
    }

    @GetMapping(JourneyPaths.STEP)
    String show(@PathVariable String slug, HttpServletRequest request, Model model) {
        StepSpec step = step(slug);
        StepContext context = journeys.context(request, step);
        Optional<String> elsewhere = guard(context, step);
        if (elsewhere.isPresent()) {
            return JourneyPaths.redirect(elsewhere.get());
        }
        model.addAttribute("form", handler(step).form(context));
        events.stepShown(request, context.journey(), step);
        return render(context, step, model, Optional.empty());
    }

    @PostMapping(JourneyPaths.STEP)
    String submit(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
        StepSpec step = step(slug);
        StepContext context = journeys.context(request, step);
        Optional<String> elsewhere = guard(context, step);
        if (elsewhere.isPresent() || !step.acceptsAnswers()) {
            return JourneyPaths.redirect(elsewhere.orElseGet(() -> step.path()));
        }
        BindingResult result = forms.bind(step.formType(), request);
        boolean valid = !result.hasErrors();
        if (LanguageSwitch.asked(request)) {
            // Only the same page in the other language: nothing applied, counted or saved.
            languageSwitch.restore(request, step.formType(), result);
            return showAgain(context, step, result, response, model, valid);
        }
        StepOutcome outcome = valid ? apply(step, context, result) : StepOutcome.refused();
        if (outcome instanceof StepOutcome.Refused) {
            events.stepRefused(request, step, ReasonCodes.of(result));
            return showAgain(context, step, result, response, model, valid);
        }
        if (outcome instanceof StepOutcome.Done) {
            definition.complete(context.journey(), step);
            events.stepDone(request, context.journey(), step);
        }
        journeys.save(request, context.journey());
        return JourneyPaths.redirect(
                outcome instanceof StepOutcome.Elsewhere other
                        ? other.path()
                        : definition.firstUnfinished(context.journey()).path());
    }

    /** The page again with what was typed and its errors (422), and a language switch that keeps both. */
    private String showAgain(
            StepContext context,
            StepSpec step,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            boolean refusedByHandler) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("languageSwitchForm", LanguageSwitch.FORM_ID);
            // Errors the handler added after validation passed cannot be asked again: the page carries them.
            model.addAttribute("refusals", refusedByHandler ? LanguageSwitch.carried(result) : List.of());
        }
        model.addAttribute("form", result.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return render(context, step, model, blocker(step, context, result));
    }

    private Optional<String> guard(StepContext context, StepSpec step) {
        if (journeys.ended(context.request())) {
            return Optional.of(JourneyPaths.sessionEnded(step.path())); // said in plain words, not a silent restart
        }
        if (!definition.isReachable(context.journey(), step)) {
            return Optional.of(definition.firstUnfinished(context.journey()).path());
        }
        return handler(step).divert(context);
    }

    @SuppressWarnings("unchecked")
    private StepOutcome apply(StepSpec step, StepContext context, BindingResult result) {
        return ((StepHandler<Object>) handler(step)).apply(context, result.getTarget(), result);
    }

    /** The one place a blocker is chosen: the handler's reading of its errors, else none. */
    @SuppressWarnings("unchecked")
    private Optional<Blocker> blocker(StepSpec step, StepContext context, BindingResult result) {
        return result.getTarget() == null
                ? Optional.empty()
                : ((StepHandler<Object>) handler(step)).blocker(context, result.getTarget(), result);
    }

    private String render(StepContext context, StepSpec step, Model model, Optional<Blocker> reported) {
        model.addAttribute("step", step);
        model.addAttribute("backHref", definition.previousPath(context.journey(), step));
        definition.stepper(context.journey(), step).ifPresent(s -> model.addAttribute("stepper", s));
        journeys.documents(context)
                .ifPresent(d -> model.addAttribute("documentsPanel", panels.html(d, LocaleContextHolder.getLocale())));
        // A page that explains the route shows the blocker the person's records point to.
        Optional<Blocker> blocker = reported.isPresent() || !step.explainsRoute()
                ? reported
                : context.person().flatMap(advisor::forPerson);
        blocker.ifPresent(b -> model.addAttribute("blocker", b));
        handler(step).describe(context, model);
        return step.view();
    }

    private StepSpec step(String slug) {
        return definition.step(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private StepHandler<?> handler(StepSpec step) {
        return beans.getBean(step.handler());
    }
}
