package org.ameliwalkthrough.identifiers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every kind of identifier the app checks, with the rule that checks it: what {@link ValidIdentifier}
 * applies to a form field and the check API to a posted value. Only the kinds {@linkplain
 * #isOfferedByApi() offered by the API} have a public URL slug there; the others are stricter
 * variants the practice forms need (a mobile, a French or Monaco IBAN) or values only the journey
 * asks for (the carte Vitale serial).
 */
public enum IdentifierKind {
    NIR("nir", true, Nir::check),
    NUMERO_FISCAL("numero-fiscal", true, NumeroFiscal::check),
    IBAN("iban", true, Iban::check),
    POSTCODE("postcode", true, Postcode::check),
    PHONE("phone", true, PhoneNumber::check),
    EMAIL("email", true, EmailAddress::check),
    PASSWORD("password", true, AmeliPassword::check),
    /** A valid landline gets {@code phone.not-mobile}: ameli texts its codes. */
    MOBILE_PHONE("mobile-phone", false, PhoneNumber::checkMobile),
    /** An IBAN from elsewhere gets {@code iban.not-french}: the practice route pays into FR or MC accounts. */
    FRENCH_OR_MONACO_IBAN("french-or-monaco-iban", false, Iban::checkFrenchOrMonaco),
    CARTE_VITALE_SERIAL("carte-vitale-serial", false, CarteVitaleSerial::check);

    private static final List<IdentifierKind> API_KINDS =
            Arrays.stream(values()).filter(IdentifierKind::isOfferedByApi).toList();

    private final String slug;
    private final boolean offeredByApi;
    private final Function<String, Checked<?>> checker;

    IdentifierKind(String slug, boolean offeredByApi, Function<String, Checked<?>> checker) {
        this.slug = slug;
        this.offeredByApi = offeredByApi;
        this.checker = checker;
    }

    /** The kebab-case name, e.g. {@code numero-fiscal}; the URL path for the kinds the API offers. */
    public String slug() {
        return slug;
    }

    /** True for the kinds {@code POST /api/check/{kind}} answers for (its documented, stable list). */
    public boolean isOfferedByApi() {
        return offeredByApi;
    }

    /** The kinds the check API offers, in their documented order. */
    public static List<IdentifierKind> offeredByApi() {
        return API_KINDS;
    }

    /** The API kind for a slug such as {@code numero-fiscal}; empty for anything else, other kinds' slugs included. */
    public static Optional<IdentifierKind> fromApiSlug(String slug) {
        return API_KINDS.stream().filter(k -> k.slug.equals(slug)).findFirst();
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
