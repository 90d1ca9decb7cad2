package org.ameliwalkthrough.identifiers;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The identifiers the check API and the practice forms know, by their URL slug. */
public enum IdentifierKind {
    NIR("nir", Nir::check),
    NUMERO_FISCAL("numero-fiscal", NumeroFiscal::check),
    IBAN("iban", Iban::check),
    POSTCODE("postcode", Postcode::check),
    PHONE("phone", PhoneNumber::check),
    EMAIL("email", EmailAddress::check),
    PASSWORD("password", AmeliPassword::check);

    private final String slug;
    private final Function<String, Checked<?>> checker;

    IdentifierKind(String slug, Function<String, Checked<?>> checker) {
        this.slug = slug;
        this.checker = checker;
    }

    public String slug() {
        return slug;
    }

    /** The kind for an API slug such as {@code numero-fiscal}; empty for anything else. */
    public static Optional<IdentifierKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    /** Never throws, whatever the input. */
    public Checked<?> check(String raw) {
        return checker.apply(raw);
    }

    /** The canonical form of a checked value; always empty for passwords (they are never echoed). */
    public Optional<String> normalized(Object value) {
        return value instanceof Identifier identifier ? Optional.of(identifier.normalized()) : Optional.empty();
    }
}
