package org.ameliwalkthrough.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.IdentifierKind;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which requests {@link DirectCheck} may answer: only those where Spring MVC's answer is plain to see.
 * Every test here errs towards "no", since the controller answers whatever is refused here correctly.
 */
final class DirectRequests {

    private DirectRequests() {}

    /** {@code application/json}, bare or in UTF-8: the message converter reads either as we do. */
    static boolean utf8Json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.replace(" ", "").toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("application/json;charset=utf-8");
    }

    /**
     * An Accept that Spring's content negotiation answers with plain {@code application/json}: none, or
     * one listing {@code *}{@code /*}, {@code application/*} or {@code application/json}. Any quality of
     * 0 or any other parameter (which could make the answer's content type more specific), or a header
     * that does not parse (a 406), goes to the controller.
     */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank() || accept.equals("*/*") || accept.equals(DirectCheck.CONTENT_TYPE)) {
            return true;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
        boolean json = false;
        for (MediaType type : types) {
            boolean onlyQuality = type.getParameters().isEmpty()
                    || (type.getParameters().size() == 1 && type.getParameter("q") != null);
            if (!onlyQuality || type.getQualityValue() == 0) {
                return false;
            }
            json |= type.isWildcardType()
                    || type.getType().equals("application")
                            && (type.isWildcardSubtype() || type.getSubtype().equals("json"));
        }
        return json;
    }

    /** The kind named by a plain {@code /api/check/<slug>}, lower-case letters and dashes only. */
    static Optional<IdentifierKind> kindOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length() + DirectCheck.PREFIX.length();
        if (uri.length() <= start || !uri.startsWith(DirectCheck.PREFIX, start - DirectCheck.PREFIX.length())) {
            return Optional.empty();
        }
        for (int i = start; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if ((c < 'a' || c > 'z') && c != '-') {
                return Optional.empty();
            }
        }
        return IdentifierKind.fromApiSlug(uri.substring(start));
    }
}
