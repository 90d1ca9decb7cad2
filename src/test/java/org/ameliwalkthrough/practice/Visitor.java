package org.ameliwalkthrough.practice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser for MockMvc: Spring Session keeps the journey behind the SESSION cookie, so the
 * cookie must travel from response to request as a browser would carry it.
 */
class Visitor {

    private final MockMvc mvc;
    private Cookie session;
    private String lang = "en";

    Visitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    Visitor inFrench() {
        lang = "fr";
        return this;
    }

    MockHttpServletResponse get(String path) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(get(path).getContentAsString());
    }

    MockHttpServletResponse post(String path, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(csrf());
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return send(request);
    }

    MockHttpServletResponse postWithoutCsrf(String path) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        request.header("Accept-Language", lang);
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Cookie fresh = response.getCookie("SESSION");
        if (fresh != null) {
            session = fresh;
        }
        return response;
    }

    static Document parse(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }
}
