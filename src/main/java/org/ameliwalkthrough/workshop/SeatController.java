package org.ameliwalkthrough.workshop;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages of a learner who has a seat: the welcome after joining, and the page once the workshop ended. */
@Controller
class SeatController {

    private final Learners learners;
    private final Board board;
    private final SessionStore sessions;

    SeatController(Learners learners, Board board, SessionStore sessions) {
        this.learners = learners;
        this.board = board;
        this.sessions = sessions;
    }

    @GetMapping(WorkshopPaths.WELCOME)
    String welcome(HttpServletRequest request, Model model) {
        Optional<Learner> learner =
                sessions.find(request, Seat.KEY).filter(s -> !s.ended()).flatMap(s -> learners.find(s.learnerId()));
        if (learner.isEmpty()) {
            return "redirect:" + WorkshopPaths.JOIN;
        }
        model.addAttribute("learner", learner.get());
        model.addAttribute("persona", board.personas().get(learner.get().personaSlug()));
        return "workshop/welcome";
    }

    /** Where a learner lands after the workshop ended; the seat goes, so practising alone works again. */
    @GetMapping(WorkshopPaths.ENDED)
    String ended(HttpServletRequest request) {
        sessions.remove(request, Seat.KEY);
        return "workshop/ended";
    }
}
