package org.ameliwalkthrough.ratelimit;

/**
 * The limits per client address, by name (the key under {@code ratelimit.limits.*}). A limit that
 * guards guessing is {@link Scope#SHARED}: its buckets live in the database, so a second instance
 * or a new session does not reset them. A limit that only stops floods is {@link Scope#INSTANCE}:
 * kept in memory, it costs no database round trip on the busiest endpoints.
 */
public enum RateLimit {
    /** {@code POST /api/check/{kind}}: the live checks. */
    API("api", Scope.INSTANCE),
    /** {@code POST /practice/persona}: each start opens a journey. */
    PERSONA("persona", Scope.INSTANCE),
    /** {@code POST /practice/login}: number and password of a practice account. */
    PRACTICE_LOGIN("practice-login", Scope.SHARED),
    /** {@code POST /practice/login/code}: the 6-digit code. */
    LOGIN_CODE("login-code", Scope.SHARED),
    /** {@code POST /practice-franceconnect/impots}: numéro fiscal and password. */
    IMPOTS_LOGIN("impots-login", Scope.SHARED),
    /** {@code POST /join}: a workshop's join code. */
    WORKSHOP_JOIN("workshop-join", Scope.SHARED);

    public enum Scope {
        INSTANCE,
        SHARED
    }

    private final String key;
    private final Scope scope;

    RateLimit(String key, Scope scope) {
        this.key = key;
        this.scope = scope;
    }

    /** The name in {@code ratelimit.limits.<key>.*} and in the database rows. */
    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }
}
