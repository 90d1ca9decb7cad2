package org.ameliwalkthrough.practice.steps;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.practice.Journey;
import org.ameliwalkthrough.practice.JourneyStore;
import org.ameliwalkthrough.practice.Step;
import org.ameliwalkthrough.practice.StepPages;
import org.ameliwalkthrough.troubleshooting.Blocker;
import org.ameliwalkthrough.troubleshooting.BlockerAdvisor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The steps both routes share: conditions, password, contact details. */
@Controller
class ChoicesController {

    private final JourneyStore journeys;
    private final StepPages pages;
    private final PasswordEncoder encoder;
    private final IdentifierMessages messages;
    private final BlockerAdvisor blockers;

    ChoicesController(
            JourneyStore journeys,
            StepPages pages,
            PasswordEncoder encoder,
            IdentifierMessages messages,
            BlockerAdvisor blockers) {
        this.journeys = journeys;
        this.pages = pages;
        this.encoder = encoder;
        this.messages = messages;
        this.blockers = blockers;
    }

    @GetMapping("/practice/conditions")
    String conditions(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        return show(journey, Step.CONDITIONS, model, new ConditionsForm(journey.isDone(Step.CONDITIONS)));
    }

    @PostMapping("/practice/conditions")
    String acceptConditions(
            @Valid @ModelAttribute("form") ConditionsForm form,
            BindingResult result,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Journey journey = journeys.get(session);
        return handle(
                journey, Step.CONDITIONS, result, model, response, () -> journey.complete(Step.CONDITIONS), session);
    }

    @GetMapping("/practice/password")
    String password(HttpSession session, Model model) {
        // Never re-displayed: a Back or Change shows empty boxes, and the hint says a password is already set.
        return show(journeys.get(session), Step.PASSWORD, model, new PasswordForm(null, null));
    }

    @PostMapping("/practice/password")
    String choosePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Journey journey = journeys.get(session);
        return handle(
                journey,
                Step.PASSWORD,
                result,
                model,
                response,
                () -> journey.setPasswordHash(encoder.encode(form.password())),
                session);
    }

    @GetMapping("/practice/contact")
    String contact(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        return show(journey, Step.CONTACT, model, new ContactForm(journey.email(), journey.phone()));
    }

    @PostMapping("/practice/contact")
    String giveContact(
            @Valid @ModelAttribute("form") ContactForm form,
            BindingResult result,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Journey journey = journeys.get(session);
        // troubleshooting hook: one personal address per account (Olivia's shared family address)
        if (!result.hasFieldErrors("email") && blockers.isEmailAlreadyUsed(form.email())) {
            result.rejectValue("email", "trouble.emailAlreadyUsed.field");
            model.addAttribute("blocker", Blocker.EMAIL_ALREADY_USED);
        }
        return handle(
                journey,
                Step.CONTACT,
                result,
                model,
                response,
                () -> journey.setContact(form.email().strip(), form.phone().strip()),
                session);
    }

    /** The criteria, ticked against what was typed (the typed password itself is not sent back). */
    private void passwordModel(Model model, Journey journey, Step step, BindingResult result) {
        if (step == Step.PASSWORD) {
            String typed = result == null ? null : (String) result.getFieldValue("password");
            model.addAttribute("criteria", PasswordCriteria.of(typed, messages, LocaleContextHolder.getLocale()));
            model.addAttribute("checked", typed != null);
            model.addAttribute("passwordSet", journey.passwordHash() != null);
        }
    }

    private String show(Journey journey, Step step, Model model, Object form) {
        if (!journey.canShow(step)) {
            return journey.firstUnfinished().redirect();
        }
        model.addAttribute("form", form);
        passwordModel(model, journey, step, null);
        pages.prepare(model, journey, step);
        return step.view();
    }

    private String handle(
            Journey journey,
            Step step,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            Runnable save,
            HttpSession session) {
        if (!journey.canShow(step)) {
            return journey.firstUnfinished().redirect();
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            passwordModel(model, journey, step, result);
            pages.prepare(model, journey, step);
            return step.view();
        }
        save.run();
        journeys.save(session, journey);
        return journey.firstUnfinished().redirect();
    }
}
