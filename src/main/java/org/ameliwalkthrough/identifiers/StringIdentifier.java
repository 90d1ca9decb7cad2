package org.ameliwalkthrough.identifiers;

import java.util.Objects;

/**
 * An identifier held as one canonical string, which {@link #normalized()} returns. Equality, hash
 * and {@code toString()} live here, final, so that every kind compares the same way (same kind,
 * same canonical string, however it was typed) and none can print its full value by mistake:
 * {@code toString()} shows the kind and {@link #masked()} only.
 *
 * <p>Public because a public method declared in a package-private class cannot be invoked by
 * reflection from another package (templates, SpEL, JSON), and final methods get no bridge in the
 * subclasses; the package-private constructor still keeps new kinds inside this package.
 */
public abstract class StringIdentifier implements Identifier {

    /** The canonical form, already checked; a field so that each kind reads its parts from it. */
    final String value;

    StringIdentifier(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public final String normalized() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof StringIdentifier that && that.getClass() == getClass() && that.value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** The kind and the masked form, e.g. {@code Nir[1 85 05 •• ••• ••• 91]}: never the full value. */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + masked() + "]";
    }
}
