package org.ameliwalkthrough.workshop;

import java.util.List;
import org.ameliwalkthrough.system.SessionPages;
import org.springframework.stereotype.Component;

/** The workshop's addresses. Only joining reads or writes the session; the volunteer's pages never do. */
@Component
class WorkshopPaths implements SessionPages {

    static final String OPEN = "/workshop";
    static final String BOARD = OPEN + "/{secret}";
    static final String ROWS = BOARD + "/rows";
    static final String DEBRIEF = BOARD + "/debrief";
    static final String CLOSE = BOARD + "/close";
    static final String JOIN = "/join";
    static final String JOIN_CODE = JOIN + "/{code}";
    static final String JOIN_PERSONA = JOIN + "/persona";
    static final String WELCOME = JOIN + "/welcome";
    static final String ENDED = JOIN + "/ended";

    @Override
    public List<String> prefixes() {
        return List.of(JOIN);
    }

    static String board(String secret) {
        return OPEN + "/" + secret;
    }
}
