package org.ameliwalkthrough.troubleshooting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.ameliwalkthrough.system.FormPages;
import org.ameliwalkthrough.system.SessionPages;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Spot the fake": the visitor says "real" or "fake" for each message, then sees why. Answers go in
 * the session only (Post/Redirect/Get). The same answers serve the stand-alone page and the practice
 * mailbox, which shows the fakes beside its own validation e-mail; {@code from} picks which page to
 * return to, from a fixed list, so it can never become an open redirect.
 */
@Controller
class SpotTheFakeController {

    static final String PAGE = "/stay-safe/spot-the-fake";

    private final SessionStore sessions;
    private final SpotTheFakeInbox inbox;

    SpotTheFakeController(SessionStore sessions, SpotTheFakeInbox inbox) {
        this.sessions = sessions;
        this.inbox = inbox;
    }

    /** Its answers live in the session (a bean, so {@code SessionFreePages} lets it look the session up). */
    @Configuration
    static class UsesTheSession {
        @Bean
        SessionPages spotTheFakePages() {
            return () -> List.of(PAGE);
        }

        /** Without a session (no answers yet) the exercise is the same for everyone but its forms' token. */
        @Bean
        FormPages spotTheFakeForm() {
            return () -> List.of(PAGE);
        }
    }

    @GetMapping(PAGE)
    String exercise(HttpServletRequest request, Model model) {
        List<SpotMessage> messages = List.of(SpotMessage.values());
        SpotAnswers answers = answers(request);
        model.addAttribute("messages", messages);
        model.addAttribute("answers", answers);
        model.addAttribute("total", messages.size());
        model.addAttribute("score", answers.score(messages));
        model.addAttribute("answeredCount", answers.answeredCount(messages));
        model.addAttribute("complete", answers.allAnswered(messages));
        return "troubleshooting/spot-the-fake";
    }

    @PostMapping(PAGE + "/{id}")
    String answer(
            @PathVariable String id,
            @RequestParam String answer,
            @RequestParam(required = false) String from,
            HttpServletRequest request) {
        SpotMessage message = message(id);
        if (!answer.equals("real") && !answer.equals("fake")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        sessions.update(request, SpotAnswers.KEY, SpotAnswers::new, a -> a.answer(message, answer.equals("fake")));
        // The explanation is focusable: landing on it as the fragment moves keyboard focus there too.
        return "redirect:" + back(from) + "#spot-" + message.id() + "-feedback";
    }

    @PostMapping(PAGE + "/restart")
    String restart(@RequestParam(required = false) String from, HttpServletRequest request) {
        sessions.remove(request, SpotAnswers.KEY);
        return "redirect:" + back(from);
    }

    /** Where every link inside an exercise message leads: its explanation, and nowhere else. */
    @GetMapping(PAGE + "/{id}/link")
    String followedLink(@PathVariable String id, @RequestParam(required = false) String from, Model model) {
        model.addAttribute("message", message(id));
        model.addAttribute("back", back(from) + "#spot-" + id);
        return "troubleshooting/spot-the-fake-link";
    }

    private SpotAnswers answers(HttpServletRequest request) {
        return sessions.find(request, SpotAnswers.KEY).orElseGet(SpotAnswers::new);
    }

    private static SpotMessage message(String id) {
        return SpotMessage.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String back(String from) {
        return "mailbox".equals(from) ? inbox.path() : PAGE;
    }
}
