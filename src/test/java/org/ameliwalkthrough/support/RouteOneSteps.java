package org.ameliwalkthrough.support;

/** Route 1's steps that browser tests take the same way, from the IBAN step on, by the page's own fields. */
public final class RouteOneSteps {

    private RouteOneSteps() {}

    /**
     * From the IBAN step to check answers: the IBAN's last seven, the serial's missing digits, the
     * conditions, the practice password twice, then the contact details. Leaves the browser on the
     * check-answers page (the caller asserts where it is).
     */
    public static void ibanToCheckAnswers(
            BrowserTest browser, String lastSeven, String missing, String email, String phone) {
        browser.type("lastSeven", lastSeven);
        browser.submit();
        browser.type("missing", missing);
        browser.submit();
        browser.find("#accepted1").click();
        browser.submit();
        browser.type("password", "Practice1!");
        browser.type("confirmation", "Practice1!");
        browser.submit();
        browser.type("email", email);
        browser.type("phone", phone);
        browser.submit();
    }
}
