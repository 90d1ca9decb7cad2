package org.ameliwalkthrough.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The volunteer's pages, reached only through the board secret: the board and its rows (polled by
 * workshop.js), the debrief and the close. A wrong secret is a plain 404; nothing here is cached.
 */
@Controller
class BoardController {

    private final Workshops workshops;
    private final Learners learners;
    private final Board board;
    private final WorkshopLife life;
    private final Clock clock;

    BoardController(Workshops workshops, Learners learners, Board board, WorkshopLife life, Clock clock) {
        this.workshops = workshops;
        this.learners = learners;
        this.board = board;
        this.life = life;
        this.clock = clock;
    }

    @GetMapping(WorkshopPaths.BOARD)
    String board(
            @PathVariable String secret,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Workshop workshop = workshop(secret, response);
        model.addAttribute("secret", secret);
        model.addAttribute("workshop", workshop);
        if (!workshop.isOpen(clock.instant())) {
            return "workshop/closed";
        }
        String joinLink = ServletUriComponentsBuilder.fromContextPath(request)
                .path(WorkshopPaths.JOIN + "/" + workshop.joinCode())
                .build()
                .toUriString();
        model.addAttribute("joinLink", joinLink);
        model.addAttribute("qr", QrSvg.of(joinLink));
        model.addAttribute("personas", board.personasInUse(workshop));
        rows(workshop, locale, model);
        return "workshop/board";
    }

    /** The table's body and the summary line, for workshop.js to swap in every few seconds. */
    @GetMapping(WorkshopPaths.ROWS)
    String rows(@PathVariable String secret, HttpServletResponse response, Locale locale, Model model) {
        Workshop workshop = workshop(secret, response);
        if (!workshop.isOpen(clock.instant())) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        rows(workshop, locale, model);
        return "workshop/board :: live";
    }

    @GetMapping(WorkshopPaths.DEBRIEF)
    String debrief(@PathVariable String secret, HttpServletResponse response, Locale locale, Model model) {
        Workshop workshop = workshop(secret, response);
        model.addAttribute("secret", secret);
        model.addAttribute("workshop", workshop);
        if (!workshop.isOpen(clock.instant())) {
            return "workshop/closed"; // its counts are gone: an empty debrief would say no one took part
        }
        List<Board.Row> rows = board.rows(workshop, locale);
        model.addAttribute("mistakes", board.commonestMistakes(workshop, locale));
        model.addAttribute("finished", board.finishedByRoute(rows));
        model.addAttribute("learnerCount", rows.size());
        return "workshop/debrief";
    }

    @GetMapping(WorkshopPaths.CLOSE)
    String confirmClose(@PathVariable String secret, HttpServletResponse response, Model model) {
        Workshop workshop = workshop(secret, response);
        model.addAttribute("secret", secret);
        model.addAttribute("workshop", workshop);
        model.addAttribute("learnerCount", learners.count(workshop.id()));
        return workshop.isOpen(clock.instant()) ? "workshop/close" : "workshop/closed";
    }

    @PostMapping(WorkshopPaths.CLOSE)
    String close(@PathVariable String secret, HttpServletResponse response) {
        Workshop workshop = workshop(secret, response);
        life.close(workshop.id());
        return "redirect:" + WorkshopPaths.board(secret);
    }

    private void rows(Workshop workshop, Locale locale, Model model) {
        List<Board.Row> rows = board.rows(workshop, locale);
        model.addAttribute("rows", rows);
        model.addAttribute("stuckCount", rows.stream().filter(Board.Row::stuck).count());
    }

    private Workshop workshop(String secret, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return workshops.bySecret(secret).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
