package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.mailbox.MailMessage;
import org.ameliwalkthrough.mailbox.MailboxStore;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mot de passe oublié", rehearsed through the practice mailbox: number and date of birth, then a
 * link valid 30 minutes (as third-party guides describe ameli's; not certain) to choose a new password.
 */
@Controller
class PasswordResetController {

    static final String FORGOT = JourneyPaths.LOGIN + "/forgot";
    static final String SENT = FORGOT + "/sent";
    static final String RESET = JourneyPaths.LOGIN + "/reset";
    static final Duration RESET_VALIDITY = Duration.ofMinutes(30);

    private final LoginSupport support;
    private final AccountTokens tokens;
    private final PracticeAccounts accounts;
    private final LoginCodes codes;
    private final PracticeRecords records;
    private final PasswordEncoder encoder;
    private final MailboxStore mailboxes;
    private final SessionStore sessions;

    PasswordResetController(
            LoginSupport support,
            AccountTokens tokens,
            PracticeAccounts accounts,
            LoginCodes codes,
            PracticeRecords records,
            PasswordEncoder encoder,
            MailboxStore mailboxes,
            SessionStore sessions) {
        this.support = support;
        this.tokens = tokens;
        this.accounts = accounts;
        this.codes = codes;
        this.records = records;
        this.encoder = encoder;
        this.mailboxes = mailboxes;
        this.sessions = sessions;
    }

    @GetMapping(FORGOT)
    String forgot(HttpServletRequest request, Model model) {
        model.addAttribute("form", new ForgotForm(null, null, null, null));
        model.addAttribute("hasAccount", support.activeAccount(request).isPresent());
        return "practice/login-forgot";
    }

    @RateLimited(RateLimit.PRACTICE_LOGIN)
    @PostMapping(FORGOT)
    String sendLink(
            @Valid @ModelAttribute("form") ForgotForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PracticeAccount> account = support.activeAccount(request);
        if (account.isEmpty()) {
            return JourneyPaths.redirect(FORGOT);
        }
        if (form.getBirthDate() == null) {
            result.rejectValue("birthDate", "practice.forgot.birthDate.invalid");
        }
        if (!result.hasErrors() && !holder(account.get(), form)) {
            result.reject("practice.forgot.wrong");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("hasAccount", true);
            return "practice/login-forgot";
        }
        var now = support.now(request);
        String token = tokens.newReset(account.get().id(), now.plus(RESET_VALIDITY));
        mailboxes.deliver(request, new MailMessage(MailMessage.Kind.PASSWORD_RESET, now, RESET + "?token=" + token));
        return JourneyPaths.redirect(SENT);
    }

    @GetMapping(SENT)
    String sent(HttpServletRequest request, Model model) {
        support.activeAccount(request).ifPresent(a -> model.addAttribute("maskedEmail", a.maskedEmail()));
        return "practice/login-forgot-sent";
    }

    @GetMapping(RESET)
    String reset(@RequestParam(defaultValue = "") String token, HttpServletRequest request, Model model) {
        String state = state(request, token);
        model.addAttribute("state", state);
        model.addAttribute("form", new ResetForm("valid".equals(state) ? token : null, null, null));
        return "practice/login-reset";
    }

    @PostMapping(RESET)
    String choose(
            @Valid @ModelAttribute("form") ResetForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        String token = form.token() == null ? "" : form.token();
        String state = state(request, token);
        if (!"valid".equals(state)) {
            model.addAttribute("state", state);
            return "practice/login-reset";
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("state", state);
            return "practice/login-reset";
        }
        String accountId = support.activeAccount(request).orElseThrow().id();
        accounts.changePassword(accountId, encoder.encode(form.password()));
        tokens.resetUsed(accountId);
        tokens.forgetDevices(accountId);
        codes.voidCode(accountId);
        sessions.remove(request, PracticeLogin.KEY);
        LoginSupport.newSessionId(request);
        redirect.addFlashAttribute("startOver", "passwordChanged");
        return JourneyPaths.redirect(JourneyPaths.LOGIN);
    }

    /** "valid", "expired" (30 minutes passed: the link is gone) or "invalid" (never sent to this account). */
    private String state(HttpServletRequest request, String token) {
        Optional<PracticeAccount> account = support.activeAccount(request);
        if (account.isEmpty() || !ActivationController.LINK_TOKEN.matcher(token).matches()) {
            return "invalid";
        }
        return tokens.resetExpiry(account.get().id(), token)
                .map(expiry -> {
                    if (support.now(request).isAfter(expiry)) {
                        tokens.resetUsed(account.get().id());
                        return "expired";
                    }
                    return "valid";
                })
                .orElse("invalid");
    }

    private boolean holder(PracticeAccount account, ForgotForm form) {
        return records.findByNir(Nir.parse(form.nir()))
                .filter(p -> p.slug().equals(account.personSlug()))
                .filter(p -> p.birthDate().equals(form.getBirthDate()))
                .isPresent();
    }
}
