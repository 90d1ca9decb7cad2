package org.ameliwalkthrough.troubleshooting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** One visitor of the simulator through MockMvc: carries the SESSION cookie as a browser would. */
class PracticeVisitor {

    private final MockMvc mvc;
    private Cookie session;

    PracticeVisitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getCookie("SESSION") != null) {
            session = response.getCookie("SESSION");
        }
        return response;
    }

    MockHttpServletResponse post(String path, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return send(request);
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(send(MockMvcRequestBuilders.get(path)).getContentAsString());
    }

    /** Chooses a persona and answers the identity screen; date as d/m/yyyy. */
    MockHttpServletResponse identity(String persona, String last, String first, String nir, String date, String pc)
            throws Exception {
        post("/practice/persona", "persona", persona);
        String[] dmy = date.split("/");
        return post(
                "/practice/identity",
                "lastName",
                last,
                "firstName",
                first,
                "nir",
                nir,
                "day",
                dmy[0],
                "month",
                dmy[1],
                "year",
                dmy[2],
                "postcode",
                pc);
    }

    /** Emma's route 1 up to the contact step (the step where the e-mail address is given). */
    void emmaUpToContact() throws Exception {
        identity("emma", "CLARKE", "Emma", "2880499132047", "12/4/1988", "69003");
        post("/practice/iban", "lastSeven", "5A02137");
        post("/practice/serial", "missing", "9869");
        post("/practice/conditions", "accepted", "true");
        post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!");
    }
}
