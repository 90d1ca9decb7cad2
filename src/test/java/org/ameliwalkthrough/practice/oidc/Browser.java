package org.ameliwalkthrough.practice.oidc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One MockMvc "browser": carries the SESSION cookie (Spring Session JDBC) from response to request. */
class Browser {

    private final MockMvc mvc;
    private Cookie session;

    Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpServletResponse get(String url) throws Exception {
        // A URI, not a template: the URL is already encoded, as a browser would receive it.
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(url)));
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

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        request.header("Accept-Language", "en");
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
}
