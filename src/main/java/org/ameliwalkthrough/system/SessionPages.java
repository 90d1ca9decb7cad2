package org.ameliwalkthrough.system;

import java.util.List;

/**
 * A feature whose pages read or write the session names their path prefixes (a bean); every other
 * page never looks the session up ({@link SessionFreePages}), so it costs no query and keeps
 * answering while the database is down.
 */
@FunctionalInterface
public interface SessionPages {

    List<String> prefixes();

    /**
     * Prefixes inside {@link #prefixes()} whose pages keep nothing in the session after all (e.g. the
     * simulator's printable persona packs under {@code /practice}): they never look it up either.
     */
    default List<String> sessionFreePrefixes() {
        return List.of();
    }
}
