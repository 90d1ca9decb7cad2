package org.ameliwalkthrough.instances;

/** Where a {@link Visitor} sends its requests: one instance, or the proxy in front of several. */
interface Target {

    /** Scheme, host and port, without a trailing slash. */
    String base();
}
