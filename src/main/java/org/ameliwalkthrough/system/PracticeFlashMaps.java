package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Spring MVC looks for flash attributes in the session on every request, which loads the session
 * from the database whenever a {@code SESSION} cookie comes along. Only the practice pages use
 * flash attributes, so the guide, {@code /check} and the API never touch the session, and keep
 * answering while the database is unreachable.
 */
class PracticeFlashMaps extends SessionFlashMapManager {

    static final String PRACTICE_PREFIX = "/practice"; // also /practice-franceconnect

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        return isPractice(request) ? super.retrieveFlashMaps(request) : null;
    }

    static boolean isPractice(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith(PRACTICE_PREFIX);
    }
}
