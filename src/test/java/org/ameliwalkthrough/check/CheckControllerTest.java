package org.ameliwalkthrough.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.support.SiteWebLayer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Check my numbers": which fields reach {@link CheckResults} (only those that passed their check),
 * in which language, and how errors and results are rendered straight from the POST.
 * IdentifierMessages is real: the identifier constraints' validators are beans that need it.
 */
@WebMvcTest(CheckController.class)
@Import({SiteWebLayer.class, IdentifierMessages.class})
class CheckControllerTest {

    static final String VALID_NIR = "1 85 05 78 006 084 91";
    static final String WRONG_KEY_NIR = "1 85 05 78 006 084 36";
    static final String VALID_IBAN = "FR76 3000 6000 0112 3456 7890 189";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CheckResults results;

    /**
     * The form as a browser sends it: the token from the form's hidden field, and the cookie
     * SecurityConfig's repository set with it. Not spring-security-test's {@code csrf()}: that swaps
     * the filter's repository for a session-backed one, so the form would then open a session.
     */
    MockHttpServletRequestBuilder check(String nir, String numeroFiscal, String iban) throws Exception {
        Token token = token();
        return post("/check")
                .cookie(token.cookie())
                .param("_csrf", token.field())
                .param("nir", nir)
                .param("numeroFiscal", numeroFiscal)
                .param("iban", iban);
    }

    record Token(Cookie cookie, String field) {}

    Token token() throws Exception {
        MvcResult form = mvc.perform(get("/check")).andReturn();
        Cookie cookie = form.getResponse().getCookie("XSRF-TOKEN");
        assertThat(cookie).as("the CSRF token lives in a cookie").isNotNull();
        return new Token(cookie, page(form).select("input[name=_csrf]").val());
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void theFormIsEmptyAndOpensNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/check"))
                .andExpect(status().isOk())
                .andExpect(view().name("check/check"))
                .andExpect(model().attribute("checkForm", CheckForm.empty()))
                .andExpect(model().attributeDoesNotExist("results", "hasErrors"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        Document page = page(result);
        assertThat(page.select("form[action=/check][method=post] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page.select("input#nir, input#numeroFiscal, input#iban")).hasSize(3);
        verifyNoInteractions(results);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/check").param("nir", VALID_NIR)).andExpect(status().isForbidden());
        Token token = token();
        mvc.perform(post("/check")
                        .cookie(token.cookie())
                        .param("_csrf", "forged")
                        .param("nir", VALID_NIR))
                .andExpect(status().isForbidden());
        // The field alone, without the cookie it must match:
        mvc.perform(post("/check").param("_csrf", token.field()).param("nir", VALID_NIR))
                .andExpect(status().isForbidden());
        verifyNoInteractions(results);
    }

    @Test
    void nothingTypedAsksForOneNumber() throws Exception {
        MvcResult result = mvc.perform(check("", " ", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("check/check"))
                .andExpect(model().attributeHasFieldErrorCode("checkForm", "nir", "check.empty"))
                .andExpect(model().attribute("hasErrors", true))
                .andExpect(model().attribute("results", List.of()))
                .andReturn();
        verify(results, never()).nir(any(), any());
        Document page = page(result);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#nir");
        assertThat(page.select(".error-summary").text()).contains("Enter at least one number to check.");
    }

    @Test
    void aNumberThatFailsItsCheckIsNotReadBackButTheOthersAre() throws Exception {
        var iban = new CheckResults.Result(
                "iban",
                "check.iban.label",
                "FR76 •••• •••• •••• •••• •••• 189",
                List.of(new CheckResults.Fact("check.iban.lastSeven", "7890189")));
        when(results.iban(VALID_IBAN)).thenReturn(Optional.of(iban));

        MvcResult result = mvc.perform(check(WRONG_KEY_NIR, "", VALID_IBAN))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("checkForm", "nir", "ValidIdentifier"))
                .andExpect(model().attributeErrorCount("checkForm", 1))
                .andExpect(model().attribute("hasErrors", true))
                .andExpect(model().attribute("results", List.of(iban)))
                .andReturn();
        verify(results, never()).nir(any(), any());
        verify(results).iban(VALID_IBAN);
        Document page = page(result);
        assertThat(page.select("#nir").val()).as("what was typed stays").isEqualTo(WRONG_KEY_NIR);
        assertThat(page.select("#nir").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#nir-error").text()).isNotBlank();
        assertThat(page.select(".check-result h3").text()).isEqualTo("IBAN");
        assertThat(page.select(".check-result .mono").text()).isEqualTo(iban.masked());
        assertThat(page.select(".check-result li").text()).contains("7890189");
    }

    @Test
    void aValidNumberIsReadBackInTheReadersLanguage() throws Exception {
        MvcResult result = mvc.perform(check(VALID_NIR, "", "").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(model().attribute("hasErrors", false))
                .andReturn();
        verify(results).nir(VALID_NIR, Locale.FRENCH);
        Document page = page(result);
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.title()).doesNotStartWith("Erreur");
        assertThat(page.select(".error-summary")).isEmpty();
    }
}
