package io.wsnotify.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Scope;
import java.time.format.DateTimeFormatter;

/** The wire format is one ring between the core and the transports that speak it (DESIGN §2). */
@AnalyzeClasses(packages = "io.wsnotify", importOptions = ProductionCode.class)
class WireFormatTest {
    private static final String[] CORE = {"io.wsnotify.domain..", "io.wsnotify.application.."};

    @ArchTest
    static final ArchRule wireSeesOnlyTheCore = classes()
            .that()
            .resideInAPackage("io.wsnotify.wire..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.wsnotify.wire..", "io.wsnotify.application..", "io.wsnotify.domain..", "java..")
            .because("the wire format renders and reads the core's values and nothing else");

    @ArchTest
    static final ArchRule onlyTransportsAndBootstrapUseTheWire = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.wsnotify.domain..",
                    "io.wsnotify.application..",
                    "io.wsnotify.adapter.sqlite..",
                    "io.wsnotify.adapter.postgres..",
                    "io.wsnotify.adapter.simulator..",
                    "io.wsnotify.adapter.jwt..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.wsnotify.wire..")
            .because("JSON and wire strings are the transports' concern, never the core's (DESIGN §2)");

    @ArchTest
    static final ArchRule coreHasNoJsonRenderers = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .and()
            .doNotBelongToAnyOf(JsonText.class)
            .should()
            .haveSimpleNameContaining("Json")
            .because("the envelope, the resources and the JSON writer live in the wire module (DESIGN §2); the core "
                    + "only carries JSON it was given, as JsonText");

    @ArchTest
    static final ArchRule coreFormatsNoWireTimes = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(DateTimeFormatter.class)
            .because("the wire's time formats (ISO timestamp, the seed's date) are written by the wire module");

    @ArchTest
    static final ArchRule coreParsesNoWireStrings = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAnyPackage(CORE)
            .and()
            .areDeclaredInClassesThat()
            .doNotBelongToAnyOf(Scope.class)
            .should()
            .haveNameMatching("(?i)parse.*")
            .because("seqs, topic lists and numbers sent as text are read by the wire module (WireValues), the core "
                    + "takes values (Scope.parseList reads a JWT claim for adapter-jwt and is not a transport's)");

    @ArchTest
    static final ArchRule coreReadsNoAuthorizationHeader = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAnyPackage(CORE)
            .should()
            .haveNameMatching("(?i).*(bearer|authorization|presented).*")
            .because("the token a request presents (Authorization: Bearer, ?token=) is read by the wire module "
                    + "(BearerToken); the core's AccessPolicy takes the token itself");
}
