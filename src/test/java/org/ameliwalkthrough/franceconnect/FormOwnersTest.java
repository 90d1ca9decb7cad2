package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ameliwalkthrough.records.Personas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every submit button on the pages that show FranceConnect, ameli's included, belongs to a form: a
 * button outside any form (as a fragment selector once pulled in) looks like an action and does nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormOwnersTest {

    @Autowired
    MockMvc mvc;

    Cookie session;

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        request.header("Accept-Language", "en");
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getCookie("SESSION") != null) {
            session = response.getCookie("SESSION");
        }
        return response;
    }

    MockHttpServletResponse submit(String path, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return send(request);
    }

    /** The page at this address, with the problems of its submit buttons, if any. */
    List<String> problemsOn(String url, List<String> seen) throws Exception {
        MockHttpServletResponse response = send(get(URI.create(url)));
        assertThat(response.getStatus()).as(url).isIn(200, 400);
        seen.add(url);
        return submitButtonsWithoutAForm(Jsoup.parse(response.getContentAsString())).stream()
                .map(b -> url + ": " + b)
                .toList();
    }

    static List<String> submitButtonsWithoutAForm(Document page) {
        return page
                .select("button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]")
                .stream()
                .filter(button -> button.closest("form") == null && !ownedByAttribute(page, button))
                .map(Element::outerHtml)
                .toList();
    }

    private static boolean ownedByAttribute(Document page, Element button) {
        Element owner = button.attr("form").isEmpty() ? null : page.getElementById(button.attr("form"));
        return owner != null && owner.is("form");
    }

    @Test
    void theDetectorFindsALoneSubmitButton() {
        assertThat(submitButtonsWithoutAForm(Jsoup.parse("<main><button type=submit>Cancel</button></main>")))
                .hasSize(1);
        assertThat(submitButtonsWithoutAForm(Jsoup.parse("<main><button>Go</button><input type=submit></main>")))
                .hasSize(2);
        assertThat(
                        submitButtonsWithoutAForm(
                                Jsoup.parse(
                                        "<form id=f><button>In</button></form><button form=f>Owned</button><button type=button>JS</button>")))
                .isEmpty();
    }

    @Test
    void everySubmitButtonOnTheFranceConnectRouteHasItsForm() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        problems.addAll(problemsOn("/practice-franceconnect/what-is-franceconnect", seen));
        problems.addAll(problemsOn("/practice-franceconnect/choose", seen)); // no login in progress
        problems.addAll(problemsOn("/practice-franceconnect/authorize?client_id=nobody", seen));

        submit("/practice/persona", "persona", "david");
        problems.addAll(problemsOn("/practice/identity", seen));
        String step = submit(
                        "/practice/identity",
                        "lastName",
                        "Miller",
                        "nir",
                        "1 90 09 99 404 112",
                        "day",
                        "3",
                        "month",
                        "9",
                        "year",
                        "1990",
                        "postcode",
                        "33000")
                .getRedirectedUrl();
        assertThat(step).isEqualTo("/practice/franceconnect");
        problems.addAll(problemsOn(step, seen));

        String authorize = submit("/practice/franceconnect/start").getRedirectedUrl();
        assertThat(send(get(URI.create(authorize))).getRedirectedUrl()).isEqualTo("/practice-franceconnect/choose");
        problems.addAll(problemsOn("/practice-franceconnect/choose", seen));
        problems.addAll(problemsOn("/practice-franceconnect/providers/ameli", seen));
        problems.addAll(problemsOn("/practice-franceconnect/impots", seen));
        submit(
                "/practice-franceconnect/impots",
                "numeroFiscal",
                "3729488324303",
                "password",
                Personas.PRACTICE_TAX_PASSWORD);
        problems.addAll(problemsOn("/practice-franceconnect/consent", seen));
        String cancelled = submit("/practice-franceconnect/cancel").getRedirectedUrl();
        problems.addAll(problemsOn(cancelled, seen));

        assertThat(seen).hasSize(10);
        assertThat(problems).as("submit buttons outside any form").isEmpty();
    }
}
