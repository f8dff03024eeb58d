package io.wsnotify.bootstrap.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The wire format is one ring between the core and the transports that speak it (DESIGN §2). */
@AnalyzeClasses(packages = "io.wsnotify", importOptions = ProductionCode.class)
class WireFormatTest {
    @ArchTest
    static final ArchRule wireSeesOnlyTheCore = classes()
            .that().resideInAPackage("io.wsnotify.wire..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("io.wsnotify.wire..", "io.wsnotify.application..", "io.wsnotify.domain..", "java..")
            .because("the wire format renders and reads the core's values and nothing else");

    @ArchTest
    static final ArchRule onlyTransportsAndBootstrapUseTheWire = noClasses()
            .that().resideInAnyPackage("io.wsnotify.domain..", "io.wsnotify.application..",
                    "io.wsnotify.adapter.sqlite..", "io.wsnotify.adapter.postgres..", "io.wsnotify.adapter.simulator..",
                    "io.wsnotify.adapter.jwt..")
            .should().dependOnClassesThat().resideInAPackage("io.wsnotify.wire..")
            .because("JSON and wire strings are the transports' concern, never the core's (DESIGN §2)");
}
