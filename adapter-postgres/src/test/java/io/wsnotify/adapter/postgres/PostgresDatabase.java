package io.wsnotify.adapter.postgres;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class fresh PostgreSQL databases. Register it on a static field
 * with {@code @RegisterExtension}. One throwaway {@link PostgresServer} serves the whole test run and
 * is stopped when the run ends; every database it hands out is a copy of one migrated once, so a
 * store opens on it without running the migrations again.
 */
public final class PostgresDatabase implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresDatabase.class);

    private SharedServer shared;
    private String classDatabase;

    /** Skips the class where PostgreSQL is not installed (it fails on CI instead). */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return new PostgresBinaries().evaluateExecutionCondition(context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer.requireBinaries();
        shared = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedServer.class, key -> SharedServer.start(), SharedServer.class);
    }

    /** Drops the class's database. */
    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (classDatabase != null) {
            drop(classDatabase);
            classDatabase = null;
        }
    }

    public PostgresServer server() {
        return shared.server();
    }

    /** The database of this test class, created on first use; its name. */
    public synchronized String classDatabase() {
        if (classDatabase == null) {
            classDatabase = newDatabase();
        }
        return classDatabase;
    }

    /** A new database with the schema in place; its name. */
    public String newDatabase() {
        return shared.server().createDatabase(shared.template());
    }

    /** Settings for a store on {@code database}: the superuser, a pool of 4, a poll every 200 ms. */
    public PostgresSettings settings(String database) {
        return settingsFor(shared.server(), database);
    }

    public void drop(String database) {
        shared.server().dropDatabase(database);
    }

    static PostgresSettings settingsFor(PostgresServer server, String database) {
        return new PostgresSettings(server.url(database), PostgresServer.SUPERUSER, null, 4, Duration.ofMillis(200));
    }

    /** The server of the test run and its migrated template database; closed when the run ends. */
    private record SharedServer(PostgresServer server, String template)
            implements ExtensionContext.Store.CloseableResource {
        static SharedServer start() {
            PostgresServer server = PostgresServer.start();
            try {
                String template = server.createDatabase();
                PostgresStore.open(settingsFor(server, template)).close();
                return new SharedServer(server, template);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
