package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Told when a page of the simulation outside the journey's own steps (the practice impots.gouv.fr
 * login) refuses what was typed, so a workshop's board can count it. The page knows nothing of who
 * listens; reasons as {@code identifiers.ReasonCodes} gives them.
 */
public interface RefusedAnswers {

    void refused(HttpServletRequest request, List<String> reasons);
}
