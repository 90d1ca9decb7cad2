package org.ameliwalkthrough.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.identifiers.Problem;
import org.ameliwalkthrough.support.SiteWebLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code POST /api/check/{kind}}: the JSON contract, the language each problem is explained in
 * (asked, not remembered), and ApiErrors turning each refusal into JSON. No CSRF token, no session.
 */
@WebMvcTest(CheckApiController.class)
@Import(SiteWebLayer.class)
class CheckApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IdentifierMessages messages;

    static MockHttpServletRequestBuilder check(String url, String json) {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void aValidValueIsNormalisedWithoutATokenOrASession() throws Exception {
        MvcResult result = mvc.perform(check("/api/check/nir", "{\"value\": \"1 85 05 78 006 084 91\"}"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.kind").value("nir"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.normalized").value("185057800608491"))
                .andExpect(jsonPath("$.problems").isEmpty())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();
        verifyNoInteractions(messages);
    }

    @ParameterizedTest(name = "Accept-Language {0}, query {1}: {2}")
    @CsvSource({"en, '', en", "fr, '', fr", "en, ?lang=fr, fr", "fr, ?lang=en, en", "de, '', en"})
    void eachProblemIsExplainedInTheAskedLanguageWhichIsNotRemembered(
            String acceptLanguage, String query, Locale expected) throws Exception {
        when(messages.message(any(Problem.class), eq(expected))).thenReturn("explained in " + expected);
        MvcResult result = mvc.perform(check("/api/check/nir" + query, "{\"value\": \"1 85 05 78 006 084 36\"}")
                        .header("Accept-Language", acceptLanguage))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.normalized").doesNotExist())
                .andExpect(jsonPath("$.problems[0].code").value("nir.key"))
                .andExpect(jsonPath("$.problems[0].message").value("explained in " + expected))
                .andReturn();
        verify(messages).message(argThat(p -> p.code().equals("nir.key")), eq(expected));
        assertThat(result.getResponse().getCookie("lang")).isNull();
    }

    @Test
    void anUnknownKindIs404SayingWhichKindsExist() throws Exception {
        mvc.perform(check("/api/check/passport", "{\"value\": \"x\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.error").value("unknown-kind"))
                .andExpect(jsonPath("$.message").value("There is no check of that kind. Use one of the kinds listed."))
                .andExpect(jsonPath("$.kinds", hasItems("nir", "iban", "numero-fiscal")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                       | missing-value",
                "{\"value\": null}        | missing-value",
                "{\"value\": 12           | malformed-json",
                "not json                 | malformed-json"
            })
    void aBodyWithoutAValueIs400AsJson(String json, String error) throws Exception {
        mvc.perform(check("/api/check/nir", json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.error").value(error));
    }

    @Test
    void aValueLongerThanAnyIdentifierIsRefusedInFrenchWhenAsked() throws Exception {
        String tooLong = "F".repeat(CheckApiController.MAX_VALUE_LENGTH + 1);
        mvc.perform(check("/api/check/iban?lang=fr", "{\"value\": \"" + tooLong + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("value-too-long"))
                .andExpect(jsonPath("$.message").value(startsWith("La valeur dépasse 256")));
        verifyNoInteractions(messages);
    }

    @Test
    void anythingButJsonIs415AndAGetIsNotAllowed() throws Exception {
        mvc.perform(post("/api/check/nir").contentType(MediaType.TEXT_PLAIN).content("185057800608491"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("not-json"));
        mvc.perform(get("/api/check/nir")).andExpect(status().isMethodNotAllowed());
    }
}
