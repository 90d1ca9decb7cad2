package org.ameliwalkthrough.system;

import java.util.List;

/**
 * A feature's GET pages with a form that, for a visitor without a session, differ only by the masked
 * CSRF token of their forms (a bean). {@link FormPageCache} renders each once per language and serves
 * it from memory with each request's own token. A request that names a session (a {@code SESSION}
 * cookie), or has a query other than {@code ?lang=}, is always rendered: a session may hold answers,
 * a journey or flash attributes that change the page.
 */
@FunctionalInterface
public interface FormPages {

    /** Exact paths (no prefixes). */
    List<String> paths();
}
