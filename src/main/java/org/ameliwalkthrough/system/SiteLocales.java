package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The site's two languages, for code that picks a language without the cookie (the JSON API). */
public final class SiteLocales {

    private SiteLocales() {}

    /** {@code ?lang=en|fr} when given and supported, else the best match of Accept-Language, else English. */
    public static Locale forStatelessRequest(HttpServletRequest request) {
        Locale asked = LocaleConfig.supported(LocaleConfig.lang(request));
        return asked != null ? asked : LocaleConfig.fromAcceptLanguage(request);
    }
}
