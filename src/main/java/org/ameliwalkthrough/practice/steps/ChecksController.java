package org.ameliwalkthrough.practice.steps;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.ameliwalkthrough.practice.Journey;
import org.ameliwalkthrough.practice.JourneyStore;
import org.ameliwalkthrough.practice.PersonaDocuments;
import org.ameliwalkthrough.practice.Step;
import org.ameliwalkthrough.practice.StepPages;
import org.ameliwalkthrough.practice.account.PracticeAccounts;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.troubleshooting.Blocker;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Route 1's two checks against what ameli has on file: the end of the IBAN and the hidden digits
 * of the carte Vitale serial. Five wrong answers (both screens together) lock the registration.
 */
@Controller
class ChecksController {

    static final int IBAN_SHOWN = 20;
    static final int SERIAL_SHOWN = 7;
    static final Duration LOCK = Duration.ofMinutes(30);

    private final JourneyStore journeys;
    private final StepPages pages;
    private final PracticeRecords records;
    private final PracticeAccounts accounts;
    private final Clock clock;

    ChecksController(
            JourneyStore journeys, StepPages pages, PracticeRecords records, PracticeAccounts accounts, Clock clock) {
        this.journeys = journeys;
        this.pages = pages;
        this.records = records;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/practice/iban")
    String iban(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        String stop = guard(journey, Step.IBAN);
        if (stop != null) {
            return stop;
        }
        PracticePerson p = person(journey);
        String prefill = journey.isDone(Step.IBAN) ? p.iban().substring(IBAN_SHOWN) : null;
        model.addAttribute("form", new IbanForm(prefill));
        return ibanView(model, journey, p);
    }

    @PostMapping("/practice/iban")
    String checkIban(
            @Valid @ModelAttribute("form") IbanForm form,
            BindingResult result,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Journey journey = journeys.get(session);
        String stop = guard(journey, Step.IBAN);
        if (stop != null) {
            return stop;
        }
        PracticePerson p = person(journey);
        if (!result.hasErrors()) {
            String typed = compact(form.lastSeven());
            if (!typed.matches("[A-Z0-9]{7}")) {
                result.rejectValue("lastSeven", "practice.iban.lastSeven.format");
            } else if (!typed.equals(p.iban().substring(IBAN_SHOWN))) {
                String locked = wrong(journey, session, result, "lastSeven", "practice.iban.lastSeven.wrong");
                if (locked != null) {
                    return locked;
                }
                model.addAttribute("blocker", Blocker.RIB_NOT_RECOGNISED); // troubleshooting hook
            }
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return ibanView(model, journey, p);
        }
        return passed(journey, session, Step.IBAN);
    }

    @GetMapping("/practice/serial")
    String serial(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        String stop = guard(journey, Step.SERIAL);
        if (stop != null) {
            return stop;
        }
        PracticePerson p = person(journey);
        String prefill = journey.isDone(Step.SERIAL) ? p.carteVitaleSerial().substring(SERIAL_SHOWN) : null;
        model.addAttribute("form", new SerialForm(prefill));
        return serialView(model, journey, p);
    }

    @PostMapping("/practice/serial")
    String checkSerial(
            @Valid @ModelAttribute("form") SerialForm form,
            BindingResult result,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Journey journey = journeys.get(session);
        String stop = guard(journey, Step.SERIAL);
        if (stop != null) {
            return stop;
        }
        PracticePerson p = person(journey);
        String expected = p.carteVitaleSerial().substring(SERIAL_SHOWN);
        if (!result.hasErrors()) {
            String typed = compact(form.missing());
            if (!typed.matches("\\d{" + expected.length() + "}")) {
                result.rejectValue("missing", "practice.serial.missing.format", new Object[] {expected.length()}, null);
            } else if (!typed.equals(expected)) {
                String locked = wrong(journey, session, result, "missing", "practice.serial.missing.wrong");
                if (locked != null) {
                    return locked;
                }
            }
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return serialView(model, journey, p);
        }
        return passed(journey, session, Step.SERIAL);
    }

    @GetMapping("/practice/locked")
    String locked(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        var until = accounts.lockedUntil(journey.id(), journey.now(clock));
        if (until.isEmpty()) {
            return journey.firstUnfinished().redirect();
        }
        model.addAttribute(
                "minutes",
                Math.max(1, Duration.between(journey.now(clock), until.get()).toMinutes()));
        return "practice/locked";
    }

    /** Not reachable yet, or locked: where to go instead (null means show the step). */
    private String guard(Journey journey, Step step) {
        if (!journey.canShow(step)) {
            return journey.firstUnfinished().redirect();
        }
        return accounts.lockedUntil(journey.id(), journey.now(clock)).isPresent() ? "redirect:/practice/locked" : null;
    }

    private String wrong(Journey journey, HttpSession session, BindingResult result, String field, String key) {
        if (journey.wrongCheck()) {
            journey.resetChecks(); // a fresh set of attempts once the lock has run out
            accounts.lock(journey.id(), journey.now(clock).plus(LOCK));
            journeys.save(session, journey);
            return "redirect:/practice/locked";
        }
        journeys.save(session, journey);
        result.rejectValue(field, key, new Object[] {journey.attemptsLeft()}, null);
        return null;
    }

    private String passed(Journey journey, HttpSession session, Step step) {
        journey.complete(step);
        journeys.save(session, journey);
        return journey.firstUnfinished().redirect();
    }

    private String ibanView(Model model, Journey journey, PracticePerson p) {
        model.addAttribute("ibanShown", PersonaDocuments.group(p.iban().substring(0, IBAN_SHOWN), 4, 4, 4, 4, 4));
        pages.prepare(model, journey, Step.IBAN);
        return "practice/iban";
    }

    private String serialView(Model model, Journey journey, PracticePerson p) {
        model.addAttribute("serialShown", p.carteVitaleSerial().substring(0, SERIAL_SHOWN));
        model.addAttribute("serialMissing", p.carteVitaleSerial().length() - SERIAL_SHOWN);
        pages.prepare(model, journey, Step.SERIAL);
        return "practice/serial";
    }

    private PracticePerson person(Journey journey) {
        return records.findBySlug(journey.personSlug()).orElseThrow();
    }

    private static String compact(String typed) {
        return typed.replaceAll("[\\s\\u00A0\\u202F.-]", "").toUpperCase(Locale.ROOT);
    }
}
