package org.ameliwalkthrough.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** "Check my numbers" with JavaScript off: server-side results, in both languages, with axe. */
class CheckNoScriptBrowserIT extends BrowserTest {
    @Override
    protected boolean javascript() {
        return false;
    }

    @Test
    void serverSideResultsInBothLanguagesAreAccessible() {
        for (String lang : new String[] {"en", "fr"}) {
            open("/check?lang=" + lang);
            assertAccessibleAtBothWidths("check-empty-" + lang);

            type("nir", "1 85 05 78 006 084 36");
            type("iban", "FR76 3000 6000 0112 3456 7890 189");
            submit();
            assertThat(findAll(".error-summary a")).hasSize(1);
            assertThat(find("#nir-error").isDisplayed()).isTrue();
            assertThat(find("#nir").getAttribute("value")).isEqualTo("1 85 05 78 006 084 36");
            assertAccessibleAtBothWidths("check-errors-" + lang);

            type("nir", "1 85 05 78 006 084 91");
            submit();
            assertThat(findAll(".error-summary")).isEmpty();
            assertThat(findAll(".check-result")).hasSize(2);
            assertAccessibleAtBothWidths("check-valid-" + lang);
        }
    }
}
