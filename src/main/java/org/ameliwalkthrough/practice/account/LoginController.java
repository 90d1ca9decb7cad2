package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.mailbox.MailMessage;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
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

/** The practice login: number and password, then a 6-digit code from the practice mailbox. */
@Controller
class LoginController {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(15);

    private final PracticeJourneys journeys;
    private final SessionStore sessions;
    private final PracticeAccounts accounts;
    private final PracticeRecords records;
    private final PasswordEncoder encoder;
    private final MailboxStore mailboxes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginController(
            PracticeJourneys journeys,
            SessionStore sessions,
            PracticeAccounts accounts,
            PracticeRecords records,
            PasswordEncoder encoder,
            MailboxStore mailboxes,
            Clock clock) {
        this.journeys = journeys;
        this.sessions = sessions;
        this.accounts = accounts;
        this.records = records;
        this.encoder = encoder;
        this.mailboxes = mailboxes;
        this.clock = clock;
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
            HttpServletResponse response) {
        Optional<PracticeAccount> account = activeAccount(request);
        if (account.isEmpty()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        if (!result.hasErrors() && !matches(account.get(), form)) {
            result.reject("practice.login.wrong");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return loginView(request, model);
        }
        Journey journey = journeys.current(request);
        String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        PracticeLogin login = new PracticeLogin();
        login.codeSent(code, journey.now(clock));
        sessions.put(request, PracticeLogin.KEY, login);
        mailboxes.deliver(request, new MailMessage(MailMessage.Kind.LOGIN_CODE, journey.now(clock), code));
        return JourneyPaths.redirect(JourneyPaths.LOGIN_CODE);
    }

    @GetMapping(JourneyPaths.LOGIN_CODE)
    String code(HttpServletRequest request, Model model) {
        PracticeLogin login = sessions.find(request, PracticeLogin.KEY).orElse(null);
        if (login == null || !login.awaitingCode()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        model.addAttribute("form", new CodeForm(null));
        return "practice/login-code";
    }

    @RateLimited(RateLimit.LOGIN_CODE)
    @PostMapping(JourneyPaths.LOGIN_CODE)
    String checkCode(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PracticeLogin login = sessions.find(request, PracticeLogin.KEY).orElse(null);
        if (login == null || !login.awaitingCode()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        boolean expired =
                journeys.current(request).now(clock).isAfter(login.codeSentAt().plus(CODE_VALIDITY));
        if (!result.hasErrors() && (expired || !login.tryCode(form.digits()))) {
            if (expired || login.tooManyWrongCodes()) {
                sessions.remove(request, PracticeLogin.KEY);
                redirect.addFlashAttribute("startOver", expired ? "expired" : "tooMany");
                return JourneyPaths.redirect(JourneyPaths.LOGIN);
            }
            result.rejectValue("code", "practice.code.code.wrong", new Object[] {login.attemptsLeft()}, null);
        }
        sessions.put(request, PracticeLogin.KEY, login);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "practice/login-code";
        }
        return JourneyPaths.redirect(JourneyPaths.ACCOUNT);
    }

    /** "Mon compte": only after the code. */
    @GetMapping(JourneyPaths.ACCOUNT)
    String account(HttpServletRequest request, Model model) {
        PracticeLogin login = sessions.find(request, PracticeLogin.KEY).orElse(null);
        Optional<PracticeAccount> account = activeAccount(request);
        if (login == null || !login.loggedIn() || account.isEmpty()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        model.addAttribute("account", account.get());
        records.findBySlug(account.get().personSlug()).ifPresent(p -> model.addAttribute("name", p.displayName()));
        return "practice/account";
    }

    private String loginView(HttpServletRequest request, Model model) {
        model.addAttribute("hasAccount", activeAccount(request).isPresent());
        return "practice/login";
    }

    private Optional<PracticeAccount> activeAccount(HttpServletRequest request) {
        Journey journey = journeys.current(request);
        if (journey.accountId() == null) {
            return Optional.empty();
        }
        return accounts.findById(journey.accountId()).filter(PracticeAccount::isActivated);
    }

    /** The number must be the account holder's (13 characters, or 15 with the key) and the password its own. */
    private boolean matches(PracticeAccount account, LoginForm form) {
        boolean holder = records.findByNir(Nir.parse(form.nir()))
                .map(p -> p.slug().equals(account.personSlug()))
                .orElse(false);
        return holder && encoder.matches(form.password(), account.passwordHash());
    }
}
