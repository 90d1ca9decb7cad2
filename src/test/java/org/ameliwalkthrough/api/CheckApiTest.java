package org.ameliwalkthrough.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class CheckApiTest {

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    String body(String value) {
        return json.writeValueAsString(java.util.Collections.singletonMap("value", value));
    }

    @Test
    void validNirIsNormalisedWithNoProblems() throws Exception {
        mvc.perform(post("/api/check/nir")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("1 85 05 78 006 084 91")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("nir"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.normalized").value("185057800608491"))
                .andExpect(jsonPath("$.problems").isEmpty());
    }

    @Test
    void wrongKeyExplainsItselfInTheAskedLanguage() throws Exception {
        MvcResult en = mvc.perform(post("/api/check/nir")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body("1 85 05 78 006 084 36")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.normalized").doesNotExist())
                .andReturn();
        MvcResult fr = mvc.perform(post("/api/check/nir?lang=fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content(body("1 85 05 78 006 084 36")))
                .andExpect(status().isOk())
                .andReturn();
        String enText = en.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String frText = fr.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(enText).contains("\"code\":\"nir.key\"").contains("key");
        assertThat(frText).contains("\"code\":\"nir.key\"").contains("clé");
        assertThat(fr.getResponse().getCookie("lang"))
                .as("the API remembers nothing")
                .isNull();
    }

    @Test
    void passwordsAreNeverEchoed() throws Exception {
        mvc.perform(post("/api/check/password")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Secret-Pa55")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.normalized").doesNotExist());
    }

    @Test
    void unknownKindIs404WithJsonSayingWhatExists() throws Exception {
        mvc.perform(post("/api/check/passport")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("x")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("unknown-kind"))
                .andExpect(jsonPath("$.message").isNotEmpty())
                .andExpect(jsonPath("$.kinds").isArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mobile-phone", "french-or-monaco-iban", "carte-vitale-serial", "MOBILE_PHONE", "Nir"})
    void formOnlyKindsAreUnknownToTheApi(String kind) throws Exception {
        mvc.perform(post("/api/check/" + kind)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("06 12 34 56 78")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("unknown-kind"))
                .andExpect(jsonPath("$.kinds")
                        .value(contains("nir", "numero-fiscal", "iban", "postcode", "phone", "email", "password")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "{", "not json", "[1,2]", "{\"value\": 12", "{\"other\": \"x\"}", "{\"value\": null}", "null"
            })
    void missingOrMalformedBodiesAre400WithJson(String content) throws Exception {
        mvc.perform(post("/api/check/nir")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(content))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message").isNotEmpty());
    }

    @Test
    void valuesOver256CharactersAre400() throws Exception {
        mvc.perform(post("/api/check/iban")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("F".repeat(257))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("value-too-long"));
        mvc.perform(post("/api/check/iban")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("F".repeat(256))))
                .andExpect(status().isOk());
    }

    @Test
    void nonJsonAndWrongMethodAreRefusedAsJson() throws Exception {
        mvc.perform(post("/api/check/nir").contentType(MediaType.TEXT_PLAIN).content("185057800608491"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("not-json"));
        mvc.perform(get("/api/check/nir")).andExpect(status().isMethodNotAllowed());
    }

    /** docs/api.md: a GET (or PUT, DELETE…) answers the API's own JSON, not Spring's generic 405 body. */
    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE"})
    void otherMethodsGetTheDocumented405Body(String method) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), "/api/check/nir?lang=fr"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.error").value("method-not-allowed"))
                .andExpect(jsonPath("$.message").isNotEmpty())
                .andExpect(jsonPath("$.kinds[0]").value("nir"));
    }

    /** 200 emoji (some of two code points, some with a skin tone) are 200 characters, under the 256 limit. */
    @Test
    void lengthCountsCharactersAsAPersonSeesThem() throws Exception {
        mvc.perform(post("/api/check/postcode")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("\uD83D\uDE00".repeat(100) + "\uD83D\uDC4D\uD83C\uDFFD".repeat(100))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false));
        mvc.perform(post("/api/check/postcode")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("\uD83D\uDE00".repeat(257))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("value-too-long"));
    }

    @Test
    void needsNoCsrfTokenAndOpensNoSession() throws Exception {
        MvcResult result = mvc.perform(post("/api/check/postcode")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("75008")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();
    }
}
