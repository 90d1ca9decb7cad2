package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.mailbox.MailMessage;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.Journey;
import org.ameliwalkthrough.practice.JourneyStore;
import org.ameliwalkthrough.records.PracticeRecords;
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

    static final String ATTRIBUTE = "practiceLogin";
    static final Duration CODE_VALIDITY = Duration.ofMinutes(15);

    private final JourneyStore journeys;
    private final PracticeAccounts accounts;
    private final PracticeRecords records;
    private final PasswordEncoder encoder;
    private final MailboxStore mailboxes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginController(
            JourneyStore journeys,
            PracticeAccounts accounts,
            PracticeRecords records,
            PasswordEncoder encoder,
            MailboxStore mailboxes,
            Clock clock) {
        this.journeys = journeys;
        this.accounts = accounts;
        this.records = records;
        this.encoder = encoder;
        this.mailboxes = mailboxes;
        this.clock = clock;
    }

    @GetMapping("/practice/login")
    String login(HttpSession session, Model model) {
        model.addAttribute("form", new LoginForm(null, null));
        return loginView(session, model);
    }

    @PostMapping("/practice/login")
    String checkLogin(
            @Valid @ModelAttribute("form") LoginForm form,
            BindingResult result,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Optional<PracticeAccount> account = activeAccount(session);
        if (account.isEmpty()) {
            return "redirect:/practice/login";
        }
        if (!result.hasErrors() && !matches(account.get(), form)) {
            result.reject("practice.login.wrong");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return loginView(session, model);
        }
        Journey journey = journeys.get(session);
        String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        PracticeLogin login = new PracticeLogin();
        login.codeSent(code, journey.now(clock));
        session.setAttribute(ATTRIBUTE, login);
        mailboxes.deliver(session, new MailMessage(MailMessage.Kind.LOGIN_CODE, journey.now(clock), code));
        return "redirect:/practice/login/code";
    }

    @GetMapping("/practice/login/code")
    String code(HttpSession session, Model model) {
        PracticeLogin login = (PracticeLogin) session.getAttribute(ATTRIBUTE);
        if (login == null || !login.awaitingCode()) {
            return "redirect:/practice/login";
        }
        model.addAttribute("form", new CodeForm(null));
        return "practice/login-code";
    }

    @PostMapping("/practice/login/code")
    String checkCode(
            @Valid @ModelAttribute("form") CodeForm form,
            BindingResult result,
            HttpSession session,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PracticeLogin login = (PracticeLogin) session.getAttribute(ATTRIBUTE);
        if (login == null || !login.awaitingCode()) {
            return "redirect:/practice/login";
        }
        boolean expired =
                journeys.get(session).now(clock).isAfter(login.codeSentAt().plus(CODE_VALIDITY));
        if (!result.hasErrors() && (expired || !login.tryCode(form.code().strip()))) {
            if (expired || login.tooManyWrongCodes()) {
                session.removeAttribute(ATTRIBUTE);
                redirect.addFlashAttribute("startOver", expired ? "expired" : "tooMany");
                return "redirect:/practice/login";
            }
            result.rejectValue("code", "practice.code.code.wrong", new Object[] {login.attemptsLeft()}, null);
        }
        session.setAttribute(ATTRIBUTE, login);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "practice/login-code";
        }
        return "redirect:/practice/account";
    }

    /** "Mon compte": only after the code. */
    @GetMapping("/practice/account")
    String account(HttpSession session, Model model) {
        PracticeLogin login = (PracticeLogin) session.getAttribute(ATTRIBUTE);
        Optional<PracticeAccount> account = activeAccount(session);
        if (login == null || !login.loggedIn() || account.isEmpty()) {
            return "redirect:/practice/login";
        }
        model.addAttribute("account", account.get());
        records.findBySlug(account.get().personSlug()).ifPresent(p -> model.addAttribute("name", p.displayName()));
        return "practice/account";
    }

    private String loginView(HttpSession session, Model model) {
        model.addAttribute("hasAccount", activeAccount(session).isPresent());
        return "practice/login";
    }

    private Optional<PracticeAccount> activeAccount(HttpSession session) {
        Journey journey = journeys.get(session);
        if (journey.accountId() == null) {
            return Optional.empty();
        }
        return accounts.findById(journey.accountId()).filter(PracticeAccount::isActivated);
    }

    /** The number must be the account holder's (13 characters, or 15 with the key) and the password its own. */
    private boolean matches(PracticeAccount account, LoginForm form) {
        boolean holder = records.findByNir13(Nir.parse(form.nir()).withoutKey())
                .map(p -> p.slug().equals(account.personSlug()))
                .orElse(false);
        return holder && encoder.matches(form.password(), account.passwordHash());
    }
}
