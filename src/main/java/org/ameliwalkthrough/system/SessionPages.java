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
}
