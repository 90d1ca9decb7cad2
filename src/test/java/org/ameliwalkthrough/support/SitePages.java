package org.ameliwalkthrough.support;

import java.util.List;

/** The pages every visitor can reach without a journey: tested in both languages by MockMvc and Chromium. */
public final class SitePages {

    public static final List<String> GUIDE = List.of(
            "/",
            "/guide",
            "/guide/which-route",
            "/where-to-find-your-numbers",
            "/checklist",
            "/help",
            "/glossary",
            "/practice",
            "/something-went-wrong",
            "/stay-safe");

    private SitePages() {}
}
