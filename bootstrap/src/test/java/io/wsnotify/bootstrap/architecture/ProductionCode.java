package io.wsnotify.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports main code only: not test classes of this or any module, whether they come from a
 * {@code test-classes} folder or from a {@code -tests.jar} (the application's test-jar).
 */
final class ProductionCode implements ImportOption {
    private final ImportOption withoutTestFolders = new DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return withoutTestFolders.includes(location) && !location.contains("-tests.jar");
    }
}
