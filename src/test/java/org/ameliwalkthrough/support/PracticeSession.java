package org.ameliwalkthrough.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One visitor of the simulator through MockMvc in a {@code @SpringBootTest}: Spring Session keeps the
 * journey in the database behind the {@code SESSION} cookie, so the cookie travels from response to
 * request as a browser would carry it. Every request says which language the visitor reads
 * (Accept-Language, English unless told otherwise). A {@code @WebMvcTest} slice has no Spring
 * Session: there, pass a {@code MockHttpSession} to MockMvc instead.
 *
 * <p>URLs are taken as a browser receives them (a link's {@code href}, a redirect's Location):
 * already encoded, never expanded as a URI template.
 */
public final class PracticeSession {

    private final MockMvc mvc;
    private Cookie session;
    private String language = "en";

    public PracticeSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** From now on the visitor's browser asks for French (Accept-Language: fr). */
    public PracticeSession inFrench() {
        return speaking("fr");
    }

    /** From now on the visitor's browser asks for English (Accept-Language: en), the default. */
    public PracticeSession inEnglish() {
        return speaking("en");
    }

    /** The Accept-Language header sent from now on. */
    private PracticeSession speaking(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    /** The SESSION cookie's value the browser holds now (null before any): it changes when the session id does. */
    public String sessionCookie() {
        return session == null ? null : session.getValue();
    }

    public MockHttpServletResponse get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(URI.create(url)));
    }

    /** GET and parse: the page as the visitor sees it, whatever its status. */
    public Document page(String url) throws Exception {
        return parse(get(url));
    }

    /** A form post with the CSRF token, as the site's own forms send it; fields as name/value pairs. */
    public MockHttpServletResponse post(String url, String... nameValues) throws Exception {
        return perform(form(url, nameValues).with(csrf()));
    }

    /** A forged post: no CSRF token. */
    public MockHttpServletResponse postWithoutCsrf(String url, String... nameValues) throws Exception {
        return perform(form(url, nameValues));
    }

    /** GETs where a redirect points; fails when the response is not a redirect. */
    public MockHttpServletResponse followRedirect(MockHttpServletResponse redirect) throws Exception {
        String location = redirect.getRedirectedUrl();
        if (redirect.getStatus() / 100 != 3 || location == null) {
            throw new AssertionError("Expected a redirect but got " + redirect.getStatus() + " with no Location");
        }
        return get(location);
    }

    /** Any request, sent with this visitor's session and language. */
    public MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        request.header("Accept-Language", language);
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

    public static Document parse(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }

    // The steps many journeys begin with.

    /** "Practise as …" on /practice: picks a persona by its slug (e.g. {@code emma}). */
    public MockHttpServletResponse choosePersona(String slug) throws Exception {
        return post("/practice/persona", "persona", slug);
    }

    /** Answers the identity step as ameli asks it: Nom, NIR, date of birth as Day, Month, Year, postcode. */
    public MockHttpServletResponse identity(
            String lastName, String nir, String day, String month, String year, String postcode) throws Exception {
        return post(
                "/practice/identity",
                "lastName",
                lastName,
                "nir",
                nir,
                "day",
                day,
                "month",
                month,
                "year",
                year,
                "postcode",
                postcode);
    }

    /**
     * Route 1 as Emma, from choosing her to the contact step, each step checked to lead to the next.
     * Returns the contact step's answer, whose redirect the caller checks (check answers, or a step
     * its own definition adds).
     */
    public MockHttpServletResponse emmaThroughContact() throws Exception {
        next(choosePersona("emma"), "/practice/documents");
        next(identity("Clarke", "2 88 04 99 132 047", "12", "4", "1988", "69003"), "/practice/iban");
        next(post("/practice/iban", "lastSeven", "5a02 137"), "/practice/serial");
        next(post("/practice/serial", "missing", "9869"), "/practice/conditions");
        next(post("/practice/conditions", "accepted", "true"), "/practice/password");
        next(post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!"), "/practice/contact");
        return post("/practice/contact", "email", "emma@example.org", "phone", "06 12 34 56 78");
    }

    private static void next(MockHttpServletResponse response, String to) {
        assertThat(response.getStatus()).as("status before " + to).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(to);
    }

    private static MockHttpServletRequestBuilder form(String url, String... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("Fields come in name/value pairs");
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(URI.create(url));
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return request;
    }
}
