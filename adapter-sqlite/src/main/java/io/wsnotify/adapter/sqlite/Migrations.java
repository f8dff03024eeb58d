package io.wsnotify.adapter.sqlite;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway: the versioned scripts in
 * {@code src/main/resources/db/migration} ({@code V1__…sql}, …) are applied in order, each once;
 * what was applied is recorded in {@code flyway_schema_history}.
 */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /** Applies the pending migrations; returns how many ran. */
    static int apply(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
