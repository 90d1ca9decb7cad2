package org.ameliwalkthrough.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of docs/architecture.md: features point down, never up, and never in a cycle. */
@AnalyzeClasses(
        packages = "org.ameliwalkthrough",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotAotGenerated.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule identifiersDependOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("..identifiers..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..guide..",
                    "..practice..",
                    "..franceconnect..",
                    "..api..",
                    "..check..",
                    "..records..",
                    "..mailbox..",
                    "..troubleshooting..",
                    "..system..");

    @ArchTest
    static final ArchRule recordsKnowNoJourney = noClasses()
            .that()
            .resideInAPackage("..records..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..practice..", "..franceconnect..", "..api..", "..guide..");

    @ArchTest
    static final ArchRule franceConnectKnowsNothingOfTheAmeliSide = noClasses()
            .that()
            .resideInAPackage("..franceconnect..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..practice..");

    @ArchTest
    static final ArchRule theApiAndTheGuideStayOutOfTheSimulation = noClasses()
            .that()
            .resideInAnyPackage("..api..", "..guide..", "..check..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..practice..", "..franceconnect..", "..mailbox..");

    /** The simulator calls troubleshooting (BlockerAdvisor, the mailbox advice), never the reverse. */
    @ArchTest
    static final ArchRule troubleshootingStaysOutOfTheSimulation = noClasses()
            .that()
            .resideInAPackage("..troubleshooting..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..practice..", "..mailbox..", "..franceconnect..");

    /** Features mark their handlers with @RateLimited; the limiter knows none of them. */
    @ArchTest
    static final ArchRule rateLimitsKnowNoFeature = noClasses()
            .that()
            .resideInAPackage("..ratelimit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..guide..",
                    "..practice..",
                    "..franceconnect..",
                    "..api..",
                    "..check..",
                    "..records..",
                    "..mailbox..",
                    "..troubleshooting..",
                    "..system..");

    /** Issue 13: the journey and the impots login report to the workshop through interfaces; none knows it. */
    @ArchTest
    static final ArchRule nothingKnowsTheWorkshop = noClasses()
            .that()
            .resideOutsideOfPackage("..workshop..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..workshop..");

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("org.ameliwalkthrough.(*)..").should().beFreeOfCycles();

    /**
     * Leaves out what Spring AOT generates ({@code Foo__BeanDefinitions},
     * {@code Application__BeanFactoryRegistrations}): a {@code -Paot} build leaves them in target/classes,
     * and they wire every bean from one place by design.
     */
    static final class NotAotGenerated implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("__");
        }
    }
}
