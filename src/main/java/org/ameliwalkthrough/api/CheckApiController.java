package org.ameliwalkthrough.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.ameliwalkthrough.identifiers.Checked;
import org.ameliwalkthrough.identifiers.IdentifierKind;
import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.ratelimit.RateLimit;
import org.ameliwalkthrough.ratelimit.RateLimited;
import org.ameliwalkthrough.system.SiteLocales;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/check/{kind}}: checks one value with the same rules and messages as the practice
 * form. Lengths count characters as a person sees them ({@link CharacterCount}). Stateless on purpose: no session, no CSRF token, and the value is neither stored nor logged.
 */
@RestController
@RequestMapping(path = "/api/check", produces = MediaType.APPLICATION_JSON_VALUE)
class CheckApiController {

    static final int MAX_VALUE_LENGTH = 256;

    private final IdentifierMessages messages;

    CheckApiController(IdentifierMessages messages) {
        this.messages = messages;
    }

    @RateLimited(RateLimit.API)
    @PostMapping("/{kind}") // no "consumes": a wrong Content-Type must reach ApiErrors as JSON
    CheckResponse check(
            @PathVariable String kind, @RequestBody(required = false) CheckRequest body, HttpServletRequest request) {
        Locale locale = SiteLocales.forStatelessRequest(request);
        IdentifierKind identifier = IdentifierKind.fromApiSlug(kind).orElseThrow(() -> new ApiException.UnknownKind());
        if (body == null || body.value() == null) {
            throw new ApiException.BadRequest("missing-value");
        }
        if (CharacterCount.of(body.value()) > MAX_VALUE_LENGTH) {
            throw new ApiException.BadRequest("value-too-long");
        }
        return answer(identifier, body.value(), locale, messages);
    }

    /** The answer to one value: shared with {@link DirectCheck}, so both paths say the same. */
    static CheckResponse answer(IdentifierKind identifier, String value, Locale locale, IdentifierMessages messages) {
        Checked<?> checked = identifier.check(value);
        List<ProblemView> problems = checked.problems().stream()
                .map(p -> new ProblemView(p.code(), messages.message(p, locale)))
                .toList();
        String normalized =
                checked.isValid() ? identifier.normalized(checked.value()).orElse(null) : null;
        return new CheckResponse(identifier.slug(), checked.isValid(), normalized, problems);
    }

    /**
     * Any other method on a check address. Spring's own 405 is raised before a handler is chosen,
     * where {@link ApiErrors} cannot see it; this mapping makes it ours, with the documented body.
     */
    @RequestMapping(
            path = "/{kind}",
            method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    void otherMethod() {
        throw new ApiException.MethodNotAllowed();
    }

    record CheckRequest(String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckResponse(String kind, boolean valid, String normalized, List<ProblemView> problems) {}

    record ProblemView(String code, String message) {}
}
