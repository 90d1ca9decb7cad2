package org.ameliwalkthrough.franceconnect;

import static org.ameliwalkthrough.franceconnect.ChooserController.BASE;
import static org.ameliwalkthrough.franceconnect.ChooserController.NO_REQUEST;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.franceconnect.ImpotsAccounts.Authenticated;
import org.ameliwalkthrough.franceconnect.ImpotsAccounts.Locked;
import org.ameliwalkthrough.franceconnect.ImpotsAccounts.UnknownNumber;
import org.ameliwalkthrough.franceconnect.ImpotsAccounts.WrongPassword;
import org.ameliwalkthrough.identifiers.ReasonCodes;
import org.ameliwalkthrough.ratelimit.RateLimit;
import org.ameliwalkthrough.ratelimit.RateLimited;
import org.ameliwalkthrough.system.RefusedAnswers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The practice impots.gouv.fr login page, the only provider that works in the simulation. */
@Controller
class ImpotsLoginController {

    static final String FORM = "login";
    private static final String VIEW = "franceconnect/impots";
    /** The end of a lock, as a time of day in France, where the practice account is. */
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(ZoneId.of("Europe/Paris"));

    private final ImpotsAccounts accounts;
    private final ObjectProvider<RefusedAnswers> refusals;

    ImpotsLoginController(ImpotsAccounts accounts, ObjectProvider<RefusedAnswers> refusals) {
        this.accounts = accounts;
        this.refusals = refusals;
    }

    @GetMapping(BASE + "/impots")
    String form(HttpServletRequest http, Model model) {
        Optional<PendingLogin> pending = PendingLogin.in(http.getSession(false));
        if (pending.isEmpty()) {
            return NO_REQUEST;
        }
        model.addAttribute("client", ChooserController.client(pending.get()));
        model.addAttribute(FORM, ImpotsLoginForm.EMPTY);
        return VIEW;
    }

    @RateLimited(RateLimit.IMPOTS_LOGIN)
    @PostMapping(BASE + "/impots")
    String login(
            @Valid @ModelAttribute(FORM) ImpotsLoginForm form,
            BindingResult result,
            HttpServletRequest http,
            Locale locale,
            Model model) {
        HttpSession session = http.getSession(false);
        Optional<PendingLogin> pending = PendingLogin.in(session);
        if (pending.isEmpty()) {
            return NO_REQUEST;
        }
        model.addAttribute("client", ChooserController.client(pending.get()));
        if (result.hasErrors()) {
            refusals.ifAvailable(r -> r.refused(http, ReasonCodes.of(result)));
            model.addAttribute("hasErrors", true);
            return VIEW;
        }
        var outcome = accounts.login(form.typedNumeroFiscal(), form.password());
        if (outcome instanceof Authenticated ok) {
            pending.get().identified(session, ok.person().id());
            http.changeSessionId(); // signed in: a new session id, so one fixed beforehand is worth nothing
            return "redirect:" + BASE + "/consent";
        }
        if (outcome instanceof UnknownNumber) {
            result.rejectValue("numeroFiscal", "fc.impots.unknown");
        } else if (outcome instanceof WrongPassword wrong) {
            result.rejectValue("password", "fc.impots.wrongPassword", new Object[] {wrong.triesLeft()}, null);
        } else if (outcome instanceof Locked locked) {
            String until = UNTIL.withLocale(locale).format(locked.until());
            result.reject("fc.impots.locked", new Object[] {locked.minutesLeft(), until}, null);
        }
        refusals.ifAvailable(r -> r.refused(http, ReasonCodes.of(result)));
        model.addAttribute("hasErrors", true);
        return VIEW;
    }
}
