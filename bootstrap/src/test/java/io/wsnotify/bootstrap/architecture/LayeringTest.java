package io.wsnotify.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Ports and adapters as rings, and no cycles between packages. */
@AnalyzeClasses(packages = "io.wsnotify", importOptions = ProductionCode.class)
class LayeringTest {
    @ArchTest
    static final ArchRule hexagonalRings = onionArchitecture()
            .domainModels("io.wsnotify.domain")
            .domainServices("io.wsnotify.domain.port..")
            .applicationServices("io.wsnotify.application..")
            .adapter("sqlite", "io.wsnotify.adapter.sqlite..")
            .adapter("postgres", "io.wsnotify.adapter.postgres..")
            .adapter("http", "io.wsnotify.adapter.http..")
            .adapter("websocket", "io.wsnotify.adapter.websocket..")
            .adapter("simulator", "io.wsnotify.adapter.simulator..")
            .adapter("jwt", "io.wsnotify.adapter.jwt..")
            .ignoreDependency(resideInAPackage("io.wsnotify.bootstrap.."), alwaysTrue())
            // The wire format is the ring between core and transports; WireFormatTest holds its rules.
            .ignoreDependency(resideInAPackage("io.wsnotify.wire.."), alwaysTrue());

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("io.wsnotify.(**)").should().beFreeOfCycles();
}
