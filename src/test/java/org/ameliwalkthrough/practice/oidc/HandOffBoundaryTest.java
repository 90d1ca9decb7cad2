package org.ameliwalkthrough.practice.oidc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The ameli side reaches the practice FranceConnect only through the in-process client, so a real
 * OpenID Connect client could replace that one class.
 */
@AnalyzeClasses(packages = "org.ameliwalkthrough", importOptions = ImportOption.DoNotIncludeTests.class)
class HandOffBoundaryTest {

    @ArchTest
    static final ArchRule onlyTheInProcessClientKnowsThePracticeFranceConnect = noClasses()
            .that()
            .resideOutsideOfPackage("org.ameliwalkthrough.franceconnect..")
            .and()
            .doNotHaveSimpleName("InProcessIdentityProviderClient")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.ameliwalkthrough.franceconnect..");
}
