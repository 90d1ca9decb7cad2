package org.ameliwalkthrough.api;

/** The API's refusals; {@link ApiErrors} turns each into a JSON body that says what is wrong. */
abstract sealed class ApiException extends RuntimeException {

    private final String code;

    ApiException(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    static final class UnknownKind extends ApiException {
        UnknownKind() {
            super("unknown-kind");
        }
    }

    static final class BadRequest extends ApiException {
        BadRequest(String code) {
            super(code);
        }
    }

    static final class MethodNotAllowed extends ApiException {
        MethodNotAllowed() {
            super("method-not-allowed");
        }
    }
}
