package org.ameliwalkthrough.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs to know about the request: where the language switch points. */
@ControllerAdvice
class LayoutModelAdvice {

    // Only plain site paths: anything else (e.g. "//host") would turn the switch into an open link.
    private static final Pattern SAFE_PATH = Pattern.compile("/(?:[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*/?)?");

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        String context = request.getContextPath();
        if (!context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return SAFE_PATH.matcher(path).matches() ? path : "/";
    }
}
