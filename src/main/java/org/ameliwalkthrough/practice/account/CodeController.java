package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.ratelimit.RateLimit;
import org.ameliwalkthrough.ratelimit.RateLimited;
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

/**
 * The second login screen: the 6-digit code from the e-mail, valid 15 minutes, 3 wrong entries per
 * code (counted on the account), "send a new code", and "trust this device".
 */
@Controller
class CodeController {

    static final String RESEND = JourneyPaths.LOGIN_CODE + "/resend";
    static final int MAX_WRONG = 3;

    private final LoginSupport support;
    private final SessionStore sessions;
    private final LoginCodes codes;
    private final PasswordEncoder encoder;

    CodeController(LoginSupport support, SessionStore sessions, LoginCodes codes, PasswordEncoder encoder) {
        this.support = support;
        this.sessions = sessions;
        this.codes = codes;
        this.encoder = encoder;
    }

    @GetMapping(JourneyPaths.LOGIN_CODE)
    String code(HttpServletRequest request, Model model) {
        Optional<PracticeAccount> account = waitingAccount(request);
        if (account.isEmpty()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        model.addAttribute("form", new CodeForm(null, null));
        return view(account.get(), model);
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
        Optional<PracticeAccount> found = waitingAccount(request);
        if (found.isEmpty()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        PracticeAccount account = found.get();
        Optional<LoginCodes.LoginCode> code = codes.find(account.id());
        if (code.isEmpty()) {
            return startOver(request, redirect, "tooMany"); // voided on the account, whatever this session thought
        }
        if (support.now(request).isAfter(code.get().sentAt().plus(LoginSupport.CODE_VALIDITY))) {
            codes.voidCode(account.id());
            return startOver(request, redirect, "expired");
        }
        if (!result.hasErrors()) {
            if (encoder.matches(form.digits(), code.get().hash())) {
                codes.voidCode(account.id());
                if (form.trusted()) {
                    support.trustThisDevice(request, response, account);
                }
                LoginSupport.newSessionId(request);
                sessions.put(request, PracticeLogin.KEY, PracticeLogin.loggedIn());
                return JourneyPaths.redirect(JourneyPaths.ACCOUNT);
            }
            int wrong = codes.wrong(account.id());
            if (wrong >= MAX_WRONG) {
                codes.voidCode(account.id());
                return startOver(request, redirect, "tooMany");
            }
            result.rejectValue("code", "practice.code.code.wrong", new Object[] {MAX_WRONG - wrong}, null);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view(account, model);
    }

    /** "Send me a new code": the old one stops working; its wrong entries still count. */
    @RateLimited(RateLimit.LOGIN_CODE)
    @PostMapping(RESEND)
    String resend(HttpServletRequest request, RedirectAttributes redirect) {
        Optional<PracticeAccount> account = waitingAccount(request);
        if (account.isEmpty() || codes.find(account.get().id()).isEmpty()) {
            return JourneyPaths.redirect(JourneyPaths.LOGIN);
        }
        support.sendCode(request, account.get());
        redirect.addFlashAttribute("notice", "resent");
        return JourneyPaths.redirect(JourneyPaths.LOGIN_CODE);
    }

    private String view(PracticeAccount account, Model model) {
        model.addAttribute("maskedEmail", account.maskedEmail());
        return "practice/login-code";
    }

    private Optional<PracticeAccount> waitingAccount(HttpServletRequest request) {
        boolean waiting = sessions.find(request, PracticeLogin.KEY)
                .map(PracticeLogin::isAwaitingCode)
                .orElse(false);
        return waiting ? support.activeAccount(request) : Optional.empty();
    }

    private String startOver(HttpServletRequest request, RedirectAttributes redirect, String why) {
        sessions.remove(request, PracticeLogin.KEY);
        redirect.addFlashAttribute("startOver", why);
        return JourneyPaths.redirect(JourneyPaths.LOGIN);
    }
}
