package org.ameliwalkthrough.identifiers;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a value was refused, as a stable reason code plus positional arguments for its message.
 * The message text lives in the bundles under {@link #messageKey()}; the arguments fill {0}, {1}…
 * Arguments never hold the full typed value (it may be a NIR or an IBAN), only counts, single
 * characters, positions and short parts.
 */
public record Problem(String code, List<Object> args) {

    public Problem {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Problem of(String code, Object... args) {
        return new Problem(code, Arrays.asList(args));
    }

    /** The bundle key, e.g. {@code identifier.nir.length}. */
    public String messageKey() {
        return "identifier." + code;
    }
}
