package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ameliwalkthrough.ratelimit.TooManyRequests;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The 429 page, in the layout and the reader's language, with {@code Retry-After}. Last in line, so
 * the check API's own advice answers its callers in JSON first. An exception handler gets no model
 * from the {@code @ModelAttribute} advice, so the layout's language switch is filled in here.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class TooManyRequestsPage {

    private final LayoutModelAdvice layout;

    TooManyRequestsPage(LayoutModelAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler(TooManyRequests.class)
    String tooManyRequests(TooManyRequests e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        model.addAttribute("currentPath", layout.currentPath(request));
        model.addAttribute("retryAfterMinutes", e.retryAfterMinutes());
        return "too-many-requests";
    }
}
