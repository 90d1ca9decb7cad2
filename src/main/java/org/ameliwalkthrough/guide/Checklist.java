package org.ameliwalkthrough.guide;

import java.util.List;

/**
 * The printable "what to have ready" list on /checklist: one list per route. The route's heading is
 * the message {@code heading}; each item's text is {@code checklist.item.<id>} and the line saying where
 * it is printed is {@code checklist.item.<id>.where}. A checkbox's id is {@code <route id>-<item id>}:
 * unique on the page, since the e-mail and mobile are on both lists.
 */
record Checklist(String id, String heading, List<Checklist.Item> items) {

    /**
     * One thing to have ready. {@code anchor} is its section on /where-to-find-your-numbers, or empty when
     * no document we draw holds it (you know it, or it is yours to choose).
     */
    record Item(String id, String anchor) {

        static Item known(String id) {
            return new Item(id, "");
        }

        boolean pictured() {
            return !anchor.isEmpty();
        }
    }

    static final List<Checklist> ROUTES = List.of(
            new Checklist(
                    "route-1",
                    "guide.guide.r1.h2",
                    List.of(
                            new Item("nir", "carte-vitale"),
                            Item.known("birthDate"),
                            Item.known("postcode"),
                            new Item("iban", "rib"),
                            new Item("serial", "carte-vitale"),
                            Item.known("email"),
                            Item.known("mobile"))),
            new Checklist(
                    "franceconnect",
                    "guide.guide.fc.h2",
                    List.of(
                            new Item("impots", "tax-notice"),
                            Item.known("otherAccount"),
                            Item.known("email"),
                            Item.known("mobile"))));
}
