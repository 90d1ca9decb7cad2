package org.ameliwalkthrough.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class CheckPageTest {

    @Autowired
    MockMvc mvc;

    Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    MvcResult check(String lang, String nir, String numeroFiscal, String iban) throws Exception {
        return mvc.perform(post("/check?lang=" + lang)
                        .with(csrf())
                        .param("nir", nir)
                        .param("numeroFiscal", numeroFiscal)
                        .param("iban", iban))
                .andExpect(status().isOk())
                .andReturn();
    }

    @Test
    void formRendersWithoutOpeningASession() throws Exception {
        MvcResult result = mvc.perform(get("/check")).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        Document page = page(result);
        assertThat(page.select("input#nir, input#numeroFiscal, input#iban")).hasSize(3);
        assertThat(page.select("input[name=_csrf]")).hasSize(1);
        assertThat(page.select("label[for=nir]")).hasSize(1);
    }

    @Test
    void validNumbersAreReadBackMasked() throws Exception {
        Document page =
                page(check("en", "1 85 05 78 006 084 91", "30 23 217 600 053", "FR76 3000 6000 0112 3456 7890 189"));
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(page.select(".check-result")).hasSize(3);
        String results = page.select(".check-results").text();
        assertThat(results)
                .contains("May", "ending in 85", "département 78", "key 91")
                .doesNotContain("185057800608491")
                .doesNotContain("30006000011234567890189");
        assertThat(page.title()).doesNotStartWith("Error");
    }

    @Test
    void mistakesAreExplainedInTheSummaryAndBesideTheFieldAndTypedValuesKept() throws Exception {
        Document page = page(check("fr", "1 85 05 78 006 084 36", "", "FR76 3000 6000 0112 3456 7890 188"));
        assertThat(page.title()).startsWith("Erreur");
        assertThat(page.select(".error-summary a"))
                .extracting(a -> a.attr("href"))
                .contains("#nir", "#iban");
        assertThat(page.select("#nir-error").text()).contains("clé");
        assertThat(page.select("#nir").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#nir").attr("aria-describedby")).contains("nir-error");
        assertThat(page.select("#nir").val()).isEqualTo("1 85 05 78 006 084 36");
        assertThat(page.select("#numeroFiscal-error")).isEmpty();
    }

    @Test
    void emptyFormAsksForOneNumber() throws Exception {
        Document page = page(check("en", "", "", ""));
        assertThat(page.select(".error-summary").text()).contains("Enter at least one number");
    }

    @Test
    void blankLookingBoxesCountAsEmptyNotAsNumbers() throws Exception {
        String blank = "\u00A0\u202F\uFEFF\u200B";
        Document empty = page(check("en", blank, "\u200B", "\u00A0"));
        assertThat(empty.select(".error-summary").text()).contains("Enter at least one number");
        Document one = page(check("en", blank, "30 23 217 600 053", "\u202F"));
        assertThat(one.select(".error-summary")).isEmpty();
        assertThat(one.select(".check-result")).hasSize(1);
    }

    @Test
    void anyInputIsAnsweredWithoutA500() throws Exception {
        String[] nasty = {
            "\u0000\u0001", "💥".repeat(50), "1".repeat(5000), "<script>alert(1)</script>", "${7*7}", "%n%s"
        };
        for (String value : nasty) {
            MvcResult result = check("en", value, value, value);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/check").param("nir", "185057800608491")).andExpect(status().isForbidden());
    }
}
