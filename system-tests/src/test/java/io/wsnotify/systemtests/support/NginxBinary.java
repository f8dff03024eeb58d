package io.wsnotify.systemtests.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 condition: tests that run nginx run only where Debian's nginx is installed ({@value #PATH}).
 * Elsewhere they are skipped with a message saying what to install, except on CI ({@code CI=true}),
 * where they run and fail with that message, as the PostgreSQL tests do.
 */
public final class NginxBinary implements ExecutionCondition {
    public static final String PATH = "/usr/sbin/nginx";
    static final String MISSING = "nginx is not installed (no " + PATH + "): install Debian's nginx package"
            + " (apt-get install -y nginx) to run the load-balancer tests";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed() || onCi()) {
            return ConditionEvaluationResult.enabled("nginx is installed, or CI must fail without it");
        }
        return ConditionEvaluationResult.disabled(MISSING);
    }

    /** Skips the calling test, or fails it on CI, when nginx is missing. */
    public static void require() {
        if (installed()) {
            return;
        }
        if (onCi()) {
            throw new IllegalStateException(MISSING);
        }
        Assumptions.abort(MISSING);
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(PATH));
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
