package org.ameliwalkthrough.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.ameliwalkthrough.identifiers.IdentifierKind;
import org.ameliwalkthrough.ratelimit.TooManyRequests;
import org.ameliwalkthrough.system.SiteLocales;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the check API is JSON saying what is wrong, in the caller's language; never a stack
 * trace. First in line, so a 429 here is JSON, not the site's 429 page.
 */
@RestControllerAdvice(assignableTypes = CheckApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final List<String> KINDS =
            IdentifierKind.offeredByApi().stream().map(IdentifierKind::slug).toList();

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiException.UnknownKind.class)
    ResponseEntity<ErrorBody> unknownKind(ApiException e, HttpServletRequest request) {
        return body(HttpStatus.NOT_FOUND, e.code(), request);
    }

    @ExceptionHandler(ApiException.BadRequest.class)
    ResponseEntity<ErrorBody> badRequest(ApiException e, HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, e.code(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, "malformed-json", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> notJson(HttpServletRequest request) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-json", request);
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, ApiException.MethodNotAllowed.class})
    ResponseEntity<ErrorBody> notPost(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .allow(HttpMethod.POST)
                .body(body(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", request)
                        .getBody());
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ErrorBody> tooManyRequests(TooManyRequests e, HttpServletRequest request) {
        ResponseEntity<ErrorBody> body = body(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", request);
        return ResponseEntity.status(body.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(body.getBody());
    }

    private ResponseEntity<ErrorBody> body(HttpStatus status, String code, HttpServletRequest request) {
        return ResponseEntity.status(status)
                .body(errorBody(messages, status, code, SiteLocales.forStatelessRequest(request)));
    }

    /** One refusal's body: shared with {@link DirectCheck}, whose 429 must read as this one. */
    static ErrorBody errorBody(MessageSource messages, HttpStatus status, String code, Locale locale) {
        String message = messages.getMessage("api.error." + code, null, locale);
        return new ErrorBody(status.value(), code, message, KINDS);
    }

    record ErrorBody(int status, String error, String message, List<String> kinds) {}
}
