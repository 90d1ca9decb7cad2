package org.ameliwalkthrough.franceconnect;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Told when the practice impots.gouv.fr login refuses what was typed, so a workshop's board can count
 * it; the provider knows nothing of who listens. Reasons as in {@code identifiers.ReasonCodes}.
 */
public interface LoginRefusals {

    void refused(HttpServletRequest request, List<String> reasons);
}
