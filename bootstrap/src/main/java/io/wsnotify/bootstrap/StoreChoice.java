package io.wsnotify.bootstrap;

import io.wsnotify.adapter.postgres.PostgresSettings;
import io.wsnotify.adapter.sqlite.SqliteSettings;

/** The store a node runs on ({@code notify.store}) and its settings. */
sealed interface StoreChoice {
    /** One node on an embedded SQLite file (the default). */
    record Sqlite(SqliteSettings settings) implements StoreChoice {}

    /** Any number of nodes sharing one PostgreSQL (DESIGN §8). */
    record Postgres(PostgresSettings settings) implements StoreChoice {}
}
