package io.wsnotify.adapter.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 condition: tests that need PostgreSQL run only where Debian's PostgreSQL 15 is installed.
 * Elsewhere they are skipped with a message saying what to install, except on CI
 * ({@code CI=true}), where they run and fail with that message.
 */
public final class PostgresBinaries implements ExecutionCondition {
    static final String MISSING = "PostgreSQL 15 is not installed (no " + PostgresServer.BIN + "/initdb): install"
            + " Debian's postgresql package (apt-get install -y postgresql) to run the PostgreSQL tests";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed() || onCi()) {
            return ConditionEvaluationResult.enabled("PostgreSQL 15 is installed, or CI must fail without it");
        }
        return ConditionEvaluationResult.disabled(MISSING);
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(PostgresServer.BIN, "initdb"))
                && Files.isExecutable(Path.of(PostgresServer.BIN, "pg_ctl"));
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
