package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.wsnotify.adapter.simulator.SimulatorSettings;
import io.wsnotify.adapter.sqlite.SqliteSettings;
import io.wsnotify.adapter.websocket.WebSocketSettings;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.CoreSettings;

import java.time.Duration;

/**
 * Everything the composition root needs, read and checked up front so a bad setting stops the start
 * before anything is opened.
 */
record ApplicationSettings(SqliteSettings store, CoreSettings core, SimulatorSettings simulator,
                           WebSocketSettings webSocket, HttpOptions http, AccessPolicy access,
                           String signedTokens, Duration pruneInterval, boolean seedData, boolean logRequests) {

    static ApplicationSettings read(Config config) {
        ConfigReader reader = new ConfigReader(config);
        AccessPolicyReader.AccessSetup access = AccessPolicyReader.read(reader);
        ApplicationSettings settings = new ApplicationSettings(StoreSettingsReader.read(reader),
                CoreSettingsReader.read(reader), SimulatorSettingsReader.read(reader),
                WebSocketSettingsReader.read(reader), HttpOptions.read(reader), access.policy(), access.signedTokens(),
                reader.positiveDuration("notify.retention.prune-interval"), reader.bool("notify.seed-data"),
                reader.bool("notify.log-requests"));
        ServerTimeouts.check(reader, settings.webSocket());
        return settings;
    }
}
