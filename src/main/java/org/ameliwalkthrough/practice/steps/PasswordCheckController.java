package org.ameliwalkthrough.practice.steps;

import java.util.List;
import java.util.Locale;
import org.ameliwalkthrough.identifiers.AmeliPassword;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ticks the password criteria while the user types (practice.js), with the same rules the form
 * submit uses. POST so the password never sits in a URL or an access log; nothing is stored.
 */
@RestController
class PasswordCheckController {

    record Result(String id, boolean met) {}

    @PostMapping(path = JourneyPaths.PASSWORD_CRITERIA, produces = MediaType.APPLICATION_JSON_VALUE)
    List<Result> criteria(@RequestParam(defaultValue = "") String password) {
        return AmeliPassword.criteria(password).stream()
                .map(r -> new Result(r.criterion().name().toLowerCase(Locale.ROOT), r.met()))
                .toList();
    }
}
