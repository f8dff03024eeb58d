package io.wsnotify.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every package belongs to a ring that {@link LayeringTest} names: a new package must be placed in one
 * on purpose, or the rings would silently not cover it.
 */
@AnalyzeClasses(packages = "io.wsnotify", importOptions = ProductionCode.class)
class LayerMembershipTest {
    @ArchTest
    static final ArchRule everyDomainPackageIsModelOrPort = classes()
            .that()
            .resideInAPackage("io.wsnotify.domain..")
            .should()
            .resideInAnyPackage("io.wsnotify.domain", "io.wsnotify.domain.port")
            .because("the domain has two layers: its model and its ports (DESIGN §2)");

    @ArchTest
    static final ArchRule everyPackageBelongsToARing = classes()
            .that()
            .resideInAPackage("io.wsnotify..")
            .should()
            .resideInAnyPackage(
                    "io.wsnotify.domain",
                    "io.wsnotify.domain.port",
                    "io.wsnotify.application..",
                    "io.wsnotify.wire..",
                    "io.wsnotify.adapter.sqlite..",
                    "io.wsnotify.adapter.postgres..",
                    "io.wsnotify.adapter.http..",
                    "io.wsnotify.adapter.websocket..",
                    "io.wsnotify.adapter.simulator..",
                    "io.wsnotify.adapter.jwt..",
                    "io.wsnotify.bootstrap..")
            .because("a package outside the rings of LayeringTest escapes its rules");
}
