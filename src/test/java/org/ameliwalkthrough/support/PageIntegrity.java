package org.ameliwalkthrough.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Two page-wide checks axe does not make, on server-rendered HTML (the browser tests run the same
 * two in Chromium, see {@link BrowserTest#INTEGRITY_SCRIPT}): a submit button outside any form
 * looks like an action and does nothing; an {@code aria-describedby} naming an id that is not on
 * the page describes nothing (a broken Thymeleaf literal renders exactly that).
 */
public final class PageIntegrity {

    private PageIntegrity() {}

    /** Every problem on the page, as the offending element's HTML; empty when the page is sound. */
    public static List<String> problems(Document page) {
        List<String> problems = new ArrayList<>(submitButtonsWithoutAForm(page));
        problems.addAll(describedByMissingIds(page));
        return problems;
    }

    /** Submit buttons ({@code button} without a type or type=submit, {@code input[type=submit]}) with no form owner. */
    public static List<String> submitButtonsWithoutAForm(Document page) {
        return page.select("button:not([type]), button[type=submit], input[type=submit]").stream()
                .filter(button -> formOwner(page, button) == null)
                .map(Element::outerHtml)
                .toList();
    }

    /** Elements whose {@code aria-describedby} names an id no element of the page has. */
    public static List<String> describedByMissingIds(Document page) {
        return page.select("[aria-describedby]").stream()
                .filter(e -> Arrays.stream(e.attr("aria-describedby").trim().split("\\s+"))
                        .filter(id -> !id.isEmpty())
                        .anyMatch(id -> page.getElementById(id) == null))
                .map(Element::outerHtml)
                .toList();
    }

    /** The form the HTML parser would give the button: its form attribute's form, else its nearest form. */
    private static Element formOwner(Document page, Element button) {
        if (button.hasAttr("form")) {
            Element owner = page.getElementById(button.attr("form"));
            return owner != null && owner.is("form") ? owner : null;
        }
        return button.closest("form");
    }
}
