package io.wsnotify.adapter.postgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the PostgreSQL schema up to date with Flyway: the versioned scripts in
 * {@code src/main/resources/db/postgres/migration}, each applied once. Flyway holds an advisory lock
 * while it migrates, so nodes that start together migrate once.
 */
final class Migrations {
    static final String LOCATION = "classpath:db/postgres/migration";

    private Migrations() {}

    /** Applies the pending migrations; returns how many ran. */
    static int apply(PostgresSettings settings) {
        try {
            return Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(settings.url(), settings.user(), settings.password())
                    .locations(LOCATION)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            String reason = String.valueOf(e.getMessage())
                    .replaceAll("\\s*\\R\\s*", " ")
                    .strip();
            throw new PostgresUnavailableException(
                    "Cannot migrate the PostgreSQL schema at " + ConnectionFailure.where(settings.url()) + ": "
                            + reason,
                    e);
        }
    }
}
