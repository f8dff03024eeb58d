package io.wsnotify.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core (domain + application) is plain Java: an embeddable library with no framework in it. */
@AnalyzeClasses(packages = "io.wsnotify", importOptions = ProductionCode.class)
class CorePurityTest {
    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes()
            .that()
            .resideInAPackage("io.wsnotify.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.wsnotify.domain..", "java..")
            .because("the domain is pure Java (DESIGN §2)");

    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomainAndTheJdk = classes()
            .that()
            .resideInAPackage("io.wsnotify.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.wsnotify.application..", "io.wsnotify.domain..", "java..")
            .because("use cases see only the domain (DESIGN §2)");

    @ArchTest
    static final ArchRule coreUsesNoFrameworkNorDatabase = noClasses()
            .that()
            .resideInAnyPackage("io.wsnotify.domain..", "io.wsnotify.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.helidon..", "java.sql..", "javax.sql..", "jakarta..", "javax..")
            .because("Helidon, JDBC and Jakarta belong in adapters (STYLE 1)");
}
