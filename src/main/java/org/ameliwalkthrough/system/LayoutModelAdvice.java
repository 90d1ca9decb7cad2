package org.ameliwalkthrough.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs to know about the request: where the language switch points. */
@ControllerAdvice
class LayoutModelAdvice {

    // Longer than any page of ours; a longer path is not a page, so the switch points home.
    static final int MAX_PATH_LENGTH = 200;

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        String context = request.getContextPath();
        if (!context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return isPlainSitePath(path) ? path : "/";
    }

    /**
     * Only plain site paths ("/a/b-c/", letters, digits, '_' and '-' between single slashes):
     * anything else (e.g. "//host") would turn the switch into an open link. A loop, not a regex:
     * a nested-repetition regex recursed once per segment and overflowed the stack on deep paths.
     */
    static boolean isPlainSitePath(String path) {
        if (path.isEmpty() || path.length() > MAX_PATH_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean word =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!word && !(c == '/' && path.charAt(i - 1) != '/')) {
                return false;
            }
        }
        return true;
    }
}
