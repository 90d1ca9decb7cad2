package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The practice journey over HTTP: each step's redirects, errors, limits, expiry and deep links. */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeJourneyMvcTest {

    @Autowired
    MockMvc mvc;

    Visitor user;

    @BeforeEach
    void newVisitor() {
        user = new Visitor(mvc);
    }

    static void assertRedirect(MockHttpServletResponse response, String to) {
        assertThat(response.getStatus()).as("status").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(to);
    }

    static Document assertErrors(MockHttpServletResponse response, String... fields) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Visitor.parse(response);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary")).hasSize(1);
        for (String field : fields) {
            assertThat(page.select("#" + field + "-error").text()).as(field).isNotBlank();
        }
        return page;
    }

    MockHttpServletResponse identity(String last, String nir, String year) throws Exception {
        return user.post(
                "/practice/identity",
                "lastName",
                last,
                "firstName",
                "Emma",
                "nir",
                nir,
                "day",
                "12",
                "month",
                "4",
                "year",
                year,
                "postcode",
                "69003");
    }

    void emmaUpToCheckAnswers() throws Exception {
        assertRedirect(user.post("/practice/persona", "persona", "emma"), "/practice/documents");
        assertRedirect(identity("Clarke", "2 88 04 99 132 047", "1988"), "/practice/iban");
        assertRedirect(user.post("/practice/iban", "lastSeven", "5a02 137"), "/practice/serial");
        assertRedirect(user.post("/practice/serial", "missing", "9869"), "/practice/conditions");
        assertRedirect(user.post("/practice/conditions", "accepted", "true"), "/practice/password");
        assertRedirect(
                user.post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!"),
                "/practice/contact");
        assertRedirect(
                user.post("/practice/contact", "email", "emma@example.org", "phone", "06 12 34 56 78"),
                "/practice/check-answers");
    }

    String submitAndFindLink() throws Exception {
        assertRedirect(user.post("/practice/check-answers"), "/practice/confirmation");
        return user.page("/practice/mailbox").select("a.mail__link").attr("href");
    }

    @Test
    void routeOneFromStartToMonCompte() throws Exception {
        assertThat(user.page("/practice").select("button[name=persona]")).hasSize(7);
        emmaUpToCheckAnswers();
        Document check = user.page("/practice/check-answers");
        assertThat(check.select("[data-answer=nir]").text()).endsWith("047").doesNotContain("2880499");
        assertThat(check.select("[data-answer=iban]").text()).endsWith("2137").doesNotContain("2004");
        String link = submitAndFindLink();
        // A second send (double click, Back then resend) creates nothing new.
        assertRedirect(user.post("/practice/check-answers"), "/practice/confirmation");
        assertThat(user.page("/practice/mailbox").select("article.mail")).hasSize(1);
        assertRedirect(user.get(link), "/practice/activated");
        assertRedirect(
                user.post("/practice/login", "nir", "2880499132047", "password", "Practice1!"), "/practice/login/code");
        String code =
                user.page("/practice/mailbox").select("[data-code]").first().text();
        assertRedirect(user.post("/practice/login/code", "code", code), "/practice/account");
        assertThat(user.page("/practice/account").select("h1").text()).isEqualTo("Mon compte");
    }
}
