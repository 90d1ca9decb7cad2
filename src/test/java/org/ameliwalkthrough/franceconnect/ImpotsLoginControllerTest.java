package org.ameliwalkthrough.franceconnect;

import static org.ameliwalkthrough.franceconnect.SliceFixtures.AMELI;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.DAVID_FISCAL;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.DAVID_ID;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.david;
import static org.ameliwalkthrough.franceconnect.SliceFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.Optional;
import org.ameliwalkthrough.franceconnect.LoginAttempts.Count;
import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.system.CoreBeans;
import org.ameliwalkthrough.system.SecurityConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.validation.BindingResult;

@WebMvcTest(ImpotsLoginController.class)
@Import({SecurityConfig.class, CoreBeans.class, IdentifierMessages.class, ImpotsAccounts.class})
class ImpotsLoginControllerTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final String FORM = ImpotsLoginController.FORM;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PasswordEncoder passwords;

    @MockitoBean
    PracticeRecords records;

    @MockitoBean
    LoginAttempts attempts;

    MockHttpSession session;

    @BeforeEach
    void davidHasAnAccount() {
        session = pending();
        String hash = passwords.encode(Personas.PRACTICE_TAX_PASSWORD);
        given(records.findByNumeroFiscal(NumeroFiscal.parse(DAVID_FISCAL))).willReturn(Optional.of(david(hash)));
        given(attempts.lockedUntil(anyLong(), any())).willReturn(Optional.empty());
    }

    ResultActions login(String numeroFiscal, String password) throws Exception {
        return mvc.perform(post("/practice-franceconnect/impots")
                .session(session)
                .with(csrf())
                .param("numeroFiscal", numeroFiscal)
                .param("password", password));
    }

    static BindingResult errors(MvcResult result) {
        return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + FORM);
    }

    @Test
    void theFormLinksToTheServicesDocumentsAndOnlyWithALoginInProgress() throws Exception {
        MvcResult result = mvc.perform(get("/practice-franceconnect/impots").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("franceconnect/impots"))
                .andExpect(model().attribute(FORM, ImpotsLoginForm.EMPTY))
                .andExpect(model().attribute("client", AMELI))
                .andReturn();
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("a[href=" + AMELI.documentsUri() + "]")).hasSize(1);
        assertThat(page.select("#password").attr("type")).isEqualTo("password");
        mvc.perform(get("/practice-franceconnect/impots")).andExpect(view().name(ChooserController.NO_REQUEST));
        mvc.perform(post("/practice-franceconnect/impots").with(csrf()).param("numeroFiscal", DAVID_FISCAL))
                .andExpect(view().name(ChooserController.NO_REQUEST));
    }

    @Test
    void emptyOrMistypedFieldsReRenderWithTheirErrors() throws Exception {
        login("", "")
                .andExpect(status().isOk())
                .andExpect(view().name("franceconnect/impots"))
                .andExpect(model().attribute("hasErrors", true))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "numeroFiscal", "Required"))
                .andExpect(model().attributeHasFieldErrorCode(FORM, "password", "Required"));
        login("3729488324304", "x")
                .andExpect(model().attributeHasFieldErrorCode(FORM, "numeroFiscal", "ValidIdentifier"));
        then(attempts).shouldHaveNoInteractions();
    }

    @Test
    void anUnknownNumeroFiscalIsAFieldError() throws Exception {
        login("3023217600053", Personas.PRACTICE_TAX_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(FORM, "numeroFiscal", "fc.impots.unknown"));
    }

    @Test
    void aWrongPasswordIsCountedForTheAccountAndSaysHowManyTriesAreLeft() throws Exception {
        given(attempts.wrongPassword(DAVID_ID, NOW)).willReturn(new Count(1, null));
        MvcResult result = login("37 29 488 324 303", "wrong-secret")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(FORM, "password", "fc.impots.wrongPassword"))
                .andReturn();
        assertThat(errors(result).getFieldError("password").getArguments()).containsExactly(4);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("wrong-secret");
        then(attempts).should().wrongPassword(DAVID_ID, NOW);
    }

    @Test
    void theFifthWrongPasswordSaysWhenTheLockEnds() throws Exception {
        given(attempts.wrongPassword(DAVID_ID, NOW)).willReturn(new Count(5, NOW.plus(LoginAttempts.LOCK)));
        MvcResult result = mvc.perform(post("/practice-franceconnect/impots")
                        .session(session)
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("numeroFiscal", DAVID_FISCAL)
                        .param("password", "wrong"))
                .andExpect(status().isOk())
                .andReturn();
        // 10:15 UTC is 11:15 in Paris in November.
        assertThat(errors(result).getGlobalError().getCode()).isEqualTo("fc.impots.locked");
        assertThat(errors(result).getGlobalError().getArguments()).containsExactly(15L, "11:15");
        assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .select(".error-summary")
                        .text())
                .contains("bloqué jusqu’à 11:15 (heure de Paris)", "Réessayez dans 15 minutes");
    }

    @Test
    void whileLockedEvenTheRightPasswordIsRefusedAndNothingIsCounted() throws Exception {
        given(attempts.lockedUntil(DAVID_ID, NOW)).willReturn(Optional.of(NOW.plusSeconds(61)));
        MvcResult result = login(DAVID_FISCAL, Personas.PRACTICE_TAX_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(view().name("franceconnect/impots"))
                .andReturn();
        Object[] arguments = errors(result).getGlobalError().getArguments();
        assertThat(arguments[0]).isEqualTo(2L); // 61 seconds left: "2 minutes", never "1"
        assertThat((String) arguments[1]).matches("11:01\\hAM"); // newer JDKs put a narrow space there
        then(attempts).should(never()).wrongPassword(anyLong(), any());
        then(attempts).should(never()).succeeded(anyLong());
        assertThat(PendingLogin.in(session).orElseThrow().isIdentified()).isFalse();
    }

    @Test
    void theRightPasswordClearsTheCountAndGoesToConsent() throws Exception {
        login(DAVID_FISCAL, Personas.PRACTICE_TAX_PASSWORD).andExpect(redirectedUrl("/practice-franceconnect/consent"));
        then(attempts).should().succeeded(DAVID_ID);
        assertThat(PendingLogin.in(session).orElseThrow().personId()).isEqualTo(DAVID_ID);
    }

    @Test
    void theLoginNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/practice-franceconnect/impots")
                        .session(session)
                        .param("numeroFiscal", DAVID_FISCAL)
                        .param("password", Personas.PRACTICE_TAX_PASSWORD))
                .andExpect(status().isForbidden());
        then(attempts).shouldHaveNoInteractions();
    }
}
