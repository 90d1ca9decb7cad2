package org.ameliwalkthrough.practice.steps;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import org.ameliwalkthrough.practice.journey.AnswerRow;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.Route;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepHandler;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.ameliwalkthrough.practice.journey.StepSpec;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.Errors;

/**
 * A step is data: a definition with one more step (its entry, form, handler, template and messages,
 * nothing else) runs through the same pipeline: routing, stepper, errors, PRG and check answers.
 */
@SpringBootTest(properties = "spring.messages.basename=messages,extra-step-messages")
@AutoConfigureMockMvc
class ExtraStepJourneyTest {

    /** The extra step's form: one required answer. */
    public record ColourForm(
            @NotBlank(message = "{practice.colour.colour.required}")
            String colour) {}

    /** The extra step's own code: keep the answer in the journey, under the step's slug. */
    static class ColourStep implements StepHandler<ColourForm> {
        @Override
        public ColourForm form(StepContext context) {
            return new ColourForm(
                    context.journey().answer("colour", String.class).orElse(null));
        }

        @Override
        public StepOutcome apply(StepContext context, ColourForm form, Errors errors) {
            context.journey().setAnswer("colour", form.colour().strip());
            return StepOutcome.done();
        }
    }

    @TestConfiguration
    static class WithExtraStep {

        @Bean
        ColourStep colourStep() {
            return new ColourStep();
        }

        @Bean
        @Primary
        JourneyDefinition extendedJourney() {
            List<StepSpec> steps = new ArrayList<>(PracticeJourney.standard().steps());
            int afterContact =
                    steps.indexOf(PracticeJourney.standard().step("contact").orElseThrow()) + 1;
            steps.add(
                    afterContact,
                    StepSpec.step("colour", StepSpec.Kind.QUESTION)
                            .form(ColourForm.class, ColourStep.class)
                            .on(Route.CARTE_VITALE, Route.FRANCECONNECT)
                            .rows(c -> List.of(AnswerRow.text(
                                    "practice.colour.colour",
                                    "practice.colour.colour.real",
                                    c.journey().answer("colour", String.class).orElseThrow(),
                                    "colour")))
                            .build());
            return new JourneyDefinition(steps, PracticeJourney::routeFor);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetAttempts() {
        PracticeData.forgetAttempts(jdbc);
    }

    @Test
    void theExtraStepRunsThroughTheSamePipeline() throws Exception {
        PracticeSession user = new PracticeSession(mvc);
        user.choosePersona("emma");
        assertThat(user.page("/practice/identity").select(".stepper").text()).startsWith("Step 1 of 8");
        assertRedirect(user.emmaThroughContact(), "/practice/colour");

        assertRedirect(user.get("/practice/check-answers"), "/practice/colour");
        Document page = user.page("/practice/colour");
        assertThat(page.select(".stepper").text()).isEqualTo("Step 7 of 8 — Next: check your answers");
        assertThat(page.select("a.back-link").attr("href")).isEqualTo("/practice/contact");

        MockHttpServletResponse blank = user.post("/practice/colour", "colour", " ");
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(PracticeSession.parse(blank).select(".error-summary a").text())
                .isEqualTo("Choose a colour");

        assertRedirect(user.post("/practice/colour", "colour", "Teal"), "/practice/check-answers");
        Document check = user.page("/practice/check-answers");
        assertThat(check.select("[data-answer=colour]").text()).isEqualTo("Teal");
        assertThat(check.select("dd a[href=/practice/colour]")).hasSize(1);
        assertThat(check.select(".stepper").text()).startsWith("Step 8 of 8");
    }

    private static void assertRedirect(MockHttpServletResponse response, String to) {
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(to);
    }
}
