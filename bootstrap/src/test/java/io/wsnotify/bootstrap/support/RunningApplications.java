package io.wsnotify.bootstrap.support;

import io.helidon.config.Config;
import io.wsnotify.bootstrap.NotifyApplication;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts applications the way main does and stops whatever a test left running. */
public final class RunningApplications implements AfterEachCallback {
    private final List<NotifyApplication> started = new ArrayList<>();

    public NotifyApplication start(Config config) {
        NotifyApplication application = NotifyApplication.start(config);
        started.add(application);
        return application;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(NotifyApplication::stop);
        started.clear();
    }
}
