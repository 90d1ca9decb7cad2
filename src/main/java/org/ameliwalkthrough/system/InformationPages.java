package org.ameliwalkthrough.system;

import java.util.List;

/**
 * A feature's GET pages that only inform: the same bytes for every visitor who reads them in the same
 * language, whatever else the request carries (a bean). {@link PageCache} renders each once per
 * language and serves it from memory. A page qualifies only if nothing in it comes from the request
 * beyond its path and language: no form with a CSRF token, no session, no query it reads, nothing
 * that changes while the application runs.
 */
@FunctionalInterface
public interface InformationPages {

    /** Exact paths (no prefixes): a path with a query other than {@code ?lang=} is always rendered. */
    List<String> paths();
}
