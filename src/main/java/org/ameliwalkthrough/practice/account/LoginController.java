package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.ratelimit.RateLimit;
import org.ameliwalkthrough.ratelimit.RateLimited;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice login: number and password, then (unless this device is trusted) the e-mailed code; log out. */
@Controller
class LoginController {

    static final String LOGOUT = JourneyPaths.START + "/logout";

    private final LoginSupport support;
    private final SessionStore sessions;
    private final LoginCodes codes;
    private final PracticeRecords records;
    private final PasswordEncoder encoder;

    LoginController(
            LoginSupport support,
            SessionStore sessions,
            LoginCodes codes,
            PracticeRecords records,
            PasswordEncoder encoder) {
        this.support = support;
        this.sessions = sessions;
        this.codes = codes;
        this.records = records;
        this.encoder = encoder;
    }

    @GetMapping(JourneyPaths.LOGIN)
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("form", new LoginForm(null, null));
        return loginView(request, model);
    }

    @RateLimited(RateLimit.PRACTICE_LOGIN)
    @PostMapping(JourneyPaths.LOGIN)
    String checkLogin(
            @Valid @ModelAttribute("form") LoginForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<PracticeAccount> found = support.activeAccount(request);
        if (found.isEmpty()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        PracticeAccount account = found.get();
        if (!result.hasErrors() && !matches(account, form)) {
            result.reject("practice.login.wrong");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return loginView(request, model);
        }
        LoginSupport.newSessionId(request);
        if (support.isTrustedDevice(request, account)) {
            sessions.put(request, PracticeLogin.KEY, PracticeLogin.loggedIn());
            redirect.addFlashAttribute("trusted", true);
            return JourneyPaths.redirect(JourneyPaths.ACCOUNT);
        }
        // A code still valid stays the one to type, with its count: logging in again gives no new guesses.
        boolean stillValid = codes.find(account.id())
                .filter(c -> !support.now(request).isAfter(c.sentAt().plus(LoginSupport.CODE_VALIDITY)))
                .isPresent();
        if (stillValid) {
            redirect.addFlashAttribute("notice", "stillValid");
        } else {
            codes.voidCode(account.id());
            support.sendCode(request, account);
        }
        sessions.put(request, PracticeLogin.KEY, PracticeLogin.awaitingCode());
        return JourneyPaths.redirect(JourneyPaths.LOGIN_CODE);
    }

    /** "Mon compte": only after the code (or on a trusted device). */
    @GetMapping(JourneyPaths.ACCOUNT)
    String account(HttpServletRequest request, Model model) {
        boolean loggedIn = sessions.find(request, PracticeLogin.KEY)
                .map(PracticeLogin::isLoggedIn)
                .orElse(false);
        Optional<PracticeAccount> account = support.activeAccount(request);
        if (!loggedIn || account.isEmpty()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        model.addAttribute("account", account.get());
        records.findBySlug(account.get().personSlug()).ifPresent(p -> model.addAttribute("name", p.displayName()));
        return "practice/account";
    }

    /** Logging out ends the practice login and gives the session a new id; the journey and mailbox stay. */
    @PostMapping(LOGOUT)
    String logout(HttpServletRequest request, RedirectAttributes redirect) {
        sessions.remove(request, PracticeLogin.KEY);
        LoginSupport.newSessionId(request);
        redirect.addFlashAttribute("startOver", "loggedOut");
        return JourneyPaths.redirect(JourneyPaths.LOGIN);
    }

    private String loginView(HttpServletRequest request, Model model) {
        model.addAttribute("hasAccount", support.activeAccount(request).isPresent());
        return "practice/login";
    }

    /** The number must be the account holder's (13 characters, or 15 with the key) and the password its own. */
    private boolean matches(PracticeAccount account, LoginForm form) {
        boolean holder = records.findByNir(Nir.parse(form.nir()))
                .map(p -> p.slug().equals(account.personSlug()))
                .orElse(false);
        return holder && encoder.matches(form.password(), account.passwordHash());
    }
}
