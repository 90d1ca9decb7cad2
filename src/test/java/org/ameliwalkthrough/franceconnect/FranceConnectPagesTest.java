package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.ameliwalkthrough.records.Personas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

/** The practice FranceConnect's pages: the authorize checks, the chooser and providers, consent, cancel. */
class FranceConnectPagesTest extends FranceConnectMvcTest {

    @Test
    void aValidRequestIsRememberedAndLeadsToTheChooser() throws Exception {
        start();
        Document en = page("/practice-franceconnect/choose", "en");
        assertThat(en.select("h1").text()).isEqualTo("Connexion en cours sur ameli");
        assertThat(en.select("h1").attr("lang")).isEqualTo("fr");
        assertThat(en.text()).contains("Choisissez un compte pour vous connecter :", "Logging in to ameli");
        assertThat(en.select(".fc-band__label").text()).isEqualTo("practice");
        assertThat(en.select(".fc-provider__name").eachText())
                .containsExactly(
                        "impots.gouv.fr", "Identité Numérique La Poste", "MSA", "YRIS", "France Identité", "ameli");
        assertThat(en.select(".fc-provider").last().text()).contains("cannot be used to create one");
        assertThat(en.select("form[action=/practice-franceconnect/cancel] input[name=_csrf]"))
                .hasSize(1);
        Document fr = page("/practice-franceconnect/choose", "fr");
        assertThat(fr.select("html").attr("lang")).isEqualTo("fr");
        assertThat(fr.select(".fc-band__label").text()).isEqualTo("entraînement");
    }

    @Test
    void anUnregisteredClientOrRedirectIsRefusedWithoutRedirecting() throws Exception {
        authorize("someone-else", CALLBACK, STATE, NONCE)
                .andExpect(status().isBadRequest())
                .andExpect(view().name("franceconnect/bad-request"));
        authorize(RegisteredClient.AMELI.clientId(), "https://evil.example/cb", STATE, NONCE)
                .andExpect(status().isBadRequest());
        page("/practice-franceconnect/choose", "en"); // nothing was remembered:
        assertThat(page("/practice-franceconnect/choose", "en").select("h1").text())
                .isEqualTo("No login in progress");
    }

    @Test
    void aStateOrNonceShorterThan22CharactersIsRefused() throws Exception {
        authorize(RegisteredClient.AMELI.clientId(), CALLBACK, "short", NONCE).andExpect(status().isBadRequest());
        authorize(RegisteredClient.AMELI.clientId(), CALLBACK, STATE, "x".repeat(21))
                .andExpect(status().isBadRequest());
        Document refused = body(authorize(RegisteredClient.AMELI.clientId(), CALLBACK, STATE, null));
        assertThat(refused.text()).contains("at least 22 characters");
    }

    @Test
    void pagesWithoutARequestSayWhereToStartAndCreateNoSession() throws Exception {
        for (String path : new String[] {"/practice-franceconnect/choose", "/practice-franceconnect/impots"}) {
            var response = send(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(response.getResponse().getCookie("SESSION")).isNull();
            // Where to start: the registered service's home page, named after it.
            assertThat(Jsoup.parse(response.getResponse().getContentAsString())
                            .select("main a[href=" + RegisteredClient.AMELI.homeUri() + "]")
                            .text())
                    .isEqualTo("Go to the practice ameli site");
        }
        var about = send(get("/practice-franceconnect/what-is-franceconnect").param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(about.getResponse().getCookie("SESSION")).isNull();
        assertThat(Jsoup.parse(about.getResponse().getContentAsString())
                        .select("main a[href=/practice]")
                        .text())
                .isEqualTo("Aller sur le site ameli d’entraînement");
    }

    @Test
    void otherProvidersExplainWhatRealLifeNeeds() throws Exception {
        start();
        Document ameli = page("/practice-franceconnect/providers/ameli", "en");
        assertThat(ameli.select("h1").text()).contains("ameli");
        assertThat(ameli.text()).contains("cannot be used to create an ameli account");
        assertThat(page("/practice-franceconnect/providers/france-identite", "fr")
                        .text())
                .contains("France Identité");
        send(get("/practice-franceconnect/providers/impots"))
                .andExpect(redirectedUrl("/practice-franceconnect/impots"));
        send(get("/practice-franceconnect/providers/nope")).andExpect(status().isNotFound());
    }

    @Test
    void consentShowsTheIdentityThenSendsACodeBoundToStateAndNonce() throws Exception {
        start();
        login(DAVID, Personas.PRACTICE_TAX_PASSWORD).andExpect(redirectedUrl("/practice-franceconnect/consent"));
        Document consent = page("/practice-franceconnect/consent", "en");
        assertThat(consent.select("h1").text()).isEqualTo("Vous allez vous connecter en tant que :");
        assertThat(consent.select(".fc-identity").text())
                .contains("MILLER", "David James", "Male", "03/09/1990", "États-Unis");
        assertThat(consent.select("input[type=checkbox]")).isEmpty(); // ameli is a public service
        assertThat(consent.select("main form button").first().text()).isEqualTo("Continuer sur ameli");

        String location = send(post("/practice-franceconnect/consent").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(location).startsWith(CALLBACK + "?");
        assertThat(query.getFirst("state")).isEqualTo(STATE);
        IdentityClaims claims = tokens.redeem(RegisteredClient.AMELI.clientId(), query.getFirst("code"), CALLBACK);
        assertThat(claims.familyName()).isEqualTo("MILLER");
        assertThat(claims.gender()).isEqualTo("male");
        assertThat(claims.birthdate()).isEqualTo("1990-09-03");
        assertThat(claims.birthplace()).isEmpty();
        assertThat(claims.birthcountry()).isEqualTo("99404");
        assertThat(claims.nonce()).isEqualTo(NONCE);
        // The request is answered: consenting again finds nothing in progress.
        send(post("/practice-franceconnect/consent").with(csrf())).andExpect(view().name(ChooserController.NO_REQUEST));
    }

    @Test
    void consentShowsTheBirthNameAndTheUsualNameApart() throws Exception {
        start();
        login("0672882330085", Personas.PRACTICE_TAX_PASSWORD)
                .andExpect(redirectedUrl("/practice-franceconnect/consent"));
        var rows = page("/practice-franceconnect/consent", "en")
                .select(".fc-identity dd")
                .eachText();
        assertThat(rows).startsWith("WILSON", "MARTIN", "Sarah Jane");
    }

    @Test
    void consentBeforeLoggingInGoesBackToTheChooser() throws Exception {
        start();
        send(get("/practice-franceconnect/consent")).andExpect(redirectedUrl("/practice-franceconnect/choose"));
        send(post("/practice-franceconnect/consent").with(csrf()))
                .andExpect(redirectedUrl("/practice-franceconnect/choose"));
    }

    @Test
    void cancelGoesBackToTheServiceWithAccessDeniedAndItsState() throws Exception {
        start();
        send(post("/practice-franceconnect/cancel").with(csrf()))
                .andExpect(redirectedUrl(CALLBACK + "?error=access_denied&state=" + STATE));
        send(post("/practice-franceconnect/cancel")).andExpect(status().isForbidden());
    }
}
