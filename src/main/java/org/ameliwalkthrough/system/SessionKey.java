package org.ameliwalkthrough.system;

import java.io.Serializable;

/**
 * A typed name for something kept in the HTTP session. Each feature declares its own keys, so the
 * session is never read with a raw cast.
 */
public record SessionKey<T extends Serializable>(String name, Class<T> type) {

    public static <T extends Serializable> SessionKey<T> of(String name, Class<T> type) {
        return new SessionKey<>(name, type);
    }
}
