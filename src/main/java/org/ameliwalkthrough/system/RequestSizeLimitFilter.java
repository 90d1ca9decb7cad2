package org.ameliwalkthrough.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses what no form or API call here sends, before anything reads it, with our error page:
 * <ul>
 *   <li>a body over 16 KiB: 413 (Tomcat's own limit would silently drop the form fields, and the
 *       CSRF token with them, turning an oversized form into a misleading 403). A chunked body
 *       (no Content-Length) is read up to the limit and accepted within it;
 *   <li>parameters Tomcat cannot decode ({@code %FF}, a bad charset): 400. Tomcat throws on every
 *       later {@code getParameter} with the raw value in the message, which a filter or the error
 *       page would then log; here the exception is dropped unread and the error page gets a
 *       request without parameters.
 * </ul>
 */
@Component
// Just after Boot's CharacterEncodingFilter: parameters parsed here must be decoded as UTF-8.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 16 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(parametersFailure(request) == 0 ? request : new ReadRequest(request, null), response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        HttpServletRequest checked = request;
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (chunked && !isForm(request) && !"GET".equals(request.getMethod())) {
            byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
            checked = new ReadRequest(request, body);
        }
        int failure = parametersFailure(checked);
        if (failure != 0) {
            response.sendError(failure);
            return;
        }
        chain.doFilter(checked, response);
    }

    /** Error pages must render for the very requests this filter refused. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** 0 when the parameters decode; else the status Tomcat gives the failure (400, or 413 for a long form). */
    static int parametersFailure(HttpServletRequest request) {
        try {
            request.getParameterNames();
            return 0;
        } catch (InvalidParameterException e) {
            return e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value() ? e.getErrorCode() : 400;
        } catch (IllegalStateException e) {
            return 400;
        }
    }

    /** Forms are parsed by Tomcat itself, whose form limit (server.tomcat.max-http-form-post-size) matches ours. */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
