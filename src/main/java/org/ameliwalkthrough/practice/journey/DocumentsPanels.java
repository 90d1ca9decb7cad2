package org.ameliwalkthrough.practice.journey;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The persona's documents folded under every step ({@code practice/parts :: documentsPanel}), rendered
 * once per persona and language and then reused: it is 12 of a step page's 19 KB and the same on every
 * step, so rendering it per request was most of a journey page's Thymeleaf time (docs/performance.md).
 * The fragment reads only the documents and messages (no links, no request), so a render outside the
 * request is the same bytes. The key is the whole {@link PersonaDocuments} value, so changed seed data is
 * never served from an old render; with {@code spring.thymeleaf.cache=false} (templates edited live) every
 * call renders afresh.
 */
@Component
public class DocumentsPanels {

    private static final String TEMPLATE = "practice/parts";
    private static final String FRAGMENT = "documentsPanel";

    private record Key(PersonaDocuments documents, String language) {}

    private final ITemplateEngine templates;
    private final boolean cached;
    private final ConcurrentMap<Key, String> panels = new ConcurrentHashMap<>();

    DocumentsPanels(ITemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean cached) {
        this.templates = templates;
        this.cached = cached;
    }

    /** The panel's HTML, escaped as Thymeleaf escapes it in the page. */
    public String html(PersonaDocuments documents, Locale locale) {
        return cached
                ? panels.computeIfAbsent(new Key(documents, locale.getLanguage()), k -> render(documents, locale))
                : render(documents, locale);
    }

    private String render(PersonaDocuments documents, Locale locale) {
        return templates.process(TEMPLATE, Set.of(FRAGMENT), new Context(locale, Map.of("documents", documents)));
    }
}
