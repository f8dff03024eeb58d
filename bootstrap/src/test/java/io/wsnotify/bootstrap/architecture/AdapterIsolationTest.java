package io.wsnotify.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Adapters plug into the core and never into each other; only bootstrap knows them all. */
@AnalyzeClasses(packages = "io.wsnotify", importOptions = ProductionCode.class)
class AdapterIsolationTest {
    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices().matching("io.wsnotify.adapter.(*)..")
            .should()
            .notDependOnEachOther()
            .because("each adapter depends only on the core (DESIGN §2)");

    @ArchTest
    static final ArchRule onlyBootstrapKnowsTheAdapters = noClasses()
            .that()
            .resideOutsideOfPackages("io.wsnotify.adapter..", "io.wsnotify.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.wsnotify.adapter..")
            .because("bootstrap is the composition root (STYLE 5)");

    @ArchTest
    static final ArchRule nothingDependsOnBootstrap = noClasses()
            .that()
            .resideOutsideOfPackage("io.wsnotify.bootstrap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.wsnotify.bootstrap..")
            .because("dependencies point inward: bootstrap is the outermost ring");
}
