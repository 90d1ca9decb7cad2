package org.ameliwalkthrough.practice.steps;

import static org.ameliwalkthrough.practice.journey.Route.CARTE_VITALE;
import static org.ameliwalkthrough.practice.journey.Route.FRANCECONNECT;
import static org.ameliwalkthrough.practice.journey.Route.OTHER_SCHEME;
import static org.ameliwalkthrough.practice.journey.StepSpec.Kind.END;
import static org.ameliwalkthrough.practice.journey.StepSpec.Kind.QUESTION;
import static org.ameliwalkthrough.practice.journey.StepSpec.Kind.REVIEW;
import static org.ameliwalkthrough.practice.journey.StepSpec.Kind.STOP;
import static org.ameliwalkthrough.practice.journey.StepSpec.step;

import java.util.ArrayList;
import java.util.List;
import org.ameliwalkthrough.practice.journey.AnswerRow;
import org.ameliwalkthrough.practice.journey.IdentityAnswers;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.NoForm;
import org.ameliwalkthrough.practice.journey.Route;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.records.PracticePerson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ameli's "create my account" screens, in order, and the rule that picks a route. This is the one
 * place that says where a step is, what it asks, when it applies and what it adds to check answers.
 */
@Configuration
public class PracticeJourney {

    @Bean
    JourneyDefinition journeyDefinition() {
        return standard();
    }

    /** The definition itself, for tests that check it without a Spring context. */
    public static JourneyDefinition standard() {
        return new JourneyDefinition(
                List.of(
                        step("identity", QUESTION)
                                .form(IdentityForm.class, IdentityStep.class)
                                .doneByFranceConnect()
                                .rows(PracticeJourney::identityRows)
                                .build(),
                        step("iban", QUESTION)
                                .form(IbanForm.class, IbanStep.class)
                                .on(CARTE_VITALE)
                                .rows(c -> List.of(AnswerRow.number(
                                        "practice.checkAnswers.iban",
                                        "practice.checkAnswers.iban.real",
                                        c.recognised().iban().masked(),
                                        "iban")))
                                .build(),
                        step("serial", QUESTION)
                                .form(SerialForm.class, SerialStep.class)
                                .on(CARTE_VITALE)
                                .rows(c -> List.of(AnswerRow.number(
                                        "practice.checkAnswers.serial",
                                        "practice.checkAnswers.serial.real",
                                        c.recognised().carteVitaleSerial().masked(),
                                        "serial")))
                                .build(),
                        step("franceconnect", QUESTION)
                                .page(FranceConnectStep.class)
                                .on(FRANCECONNECT)
                                .explainsRoute()
                                .doneByFranceConnect()
                                .build(),
                        step("other-scheme", STOP)
                                .page(OtherSchemeStep.class)
                                .on(OTHER_SCHEME)
                                .explainsRoute()
                                .build(),
                        step("conditions", QUESTION)
                                .form(ConditionsForm.class, ConditionsStep.class)
                                .on(CARTE_VITALE, FRANCECONNECT)
                                .rows(c -> List.of(AnswerRow.message(
                                        "practice.checkAnswers.conditions",
                                        "practice.checkAnswers.conditions.real",
                                        "practice.checkAnswers.conditions.accepted",
                                        "conditions")))
                                .build(),
                        step("password", QUESTION)
                                .form(PasswordForm.class, PasswordStep.class)
                                .on(CARTE_VITALE, FRANCECONNECT)
                                .rows(c -> List.of(AnswerRow.message(
                                        "practice.password.password",
                                        "practice.password.password.real",
                                        "practice.checkAnswers.passwordSet",
                                        "password")))
                                .build(),
                        step("contact", QUESTION)
                                .form(ContactForm.class, ContactStep.class)
                                .on(CARTE_VITALE, FRANCECONNECT)
                                .rows(PracticeJourney::contactRows)
                                .build(),
                        step("check-answers", REVIEW)
                                .form(NoForm.class, CheckAnswersStep.class)
                                .on(CARTE_VITALE, FRANCECONNECT)
                                .build(),
                        step("confirmation", END)
                                .page(ConfirmationStep.class)
                                .on(CARTE_VITALE, FRANCECONNECT)
                                .build()),
                PracticeJourney::routeFor);
    }

    /** Another scheme stops here; ameli checks route 1 only for people whose card and bank it knows. */
    static Route routeFor(PracticePerson person) {
        if (!person.isGeneralScheme()) {
            return OTHER_SCHEME;
        }
        return person.canUseCarteVitaleRoute() ? CARTE_VITALE : FRANCECONNECT;
    }

    private static List<AnswerRow> identityRows(StepContext c) {
        IdentityAnswers id = c.journey().identity();
        List<AnswerRow> rows = new ArrayList<>();
        rows.add(AnswerRow.text(
                "practice.identity.lastName", "practice.identity.lastName.real", id.lastName(), "identity"));
        // Only FranceConnect passes first names; ameli's own identity screen does not ask them.
        if (id.firstName() != null) {
            rows.add(AnswerRow.text(
                    "practice.identity.firstName", "practice.identity.firstName.real", id.firstName(), "identity"));
        }
        rows.add(AnswerRow.number("practice.identity.nir", "practice.identity.nir.real", id.maskedNir(), "identity"));
        rows.add(AnswerRow.date(
                "practice.identity.birthDate", "practice.identity.birthDate.real", id.birthDate(), "identity"));
        rows.add(AnswerRow.text(
                "practice.identity.postcode", "practice.identity.postcode.real", id.postcode(), "identity"));
        return rows;
    }

    private static List<AnswerRow> contactRows(StepContext c) {
        return List.of(
                AnswerRow.text(
                        "practice.contact.email",
                        "practice.contact.email.real",
                        c.journey().email(),
                        "contact"),
                AnswerRow.text(
                        "practice.contact.phone",
                        "practice.contact.phone.real",
                        c.journey().phone(),
                        "contact"));
    }
}
