package org.ameliwalkthrough.troubleshooting;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts "spot the fake" into the practice mailbox: its pages get a {@code spot} model attribute, and
 * mailbox/inbox.html shows the fakes beside the practice's real validation e-mail. An advice scoped
 * by package name keeps the mailbox's Java free of any call into this package.
 */
@ControllerAdvice(basePackages = "org.ameliwalkthrough.mailbox")
class MailboxSpotTheFake {

    /** What the inbox template needs: the real message's role, the fakes, and the answers so far. */
    public record View(SpotMessage validation, List<SpotMessage> fakes, List<SpotMessage> all, SpotAnswers answers) {}

    @ModelAttribute("spot")
    View spot(HttpSession session) {
        return new View(
                SpotMessage.VALIDATION,
                SpotMessage.fakes(),
                List.of(SpotMessage.values()),
                SpotTheFakeController.answers(session));
    }
}
