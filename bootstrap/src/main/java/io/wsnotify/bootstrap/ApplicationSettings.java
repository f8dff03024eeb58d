package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.wsnotify.adapter.simulator.SimulatorSettings;
import io.wsnotify.adapter.websocket.WebSocketSettings;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.CoreSettings;
import java.time.Duration;

/**
 * Everything the composition root needs, read and checked up front so a bad setting stops the start
 * before anything is opened.
 */
record ApplicationSettings(
        StoreChoice store,
        CoreSettings core,
        SimulatorSettings simulator,
        WebSocketSettings webSocket,
        HttpOptions http,
        AccessPolicy access,
        String signedTokens,
        Duration pruneInterval,
        boolean seedData,
        boolean logRequests,
        ServerAddress server) {

    static ApplicationSettings read(Config config) {
        ConfigReader reader = new ConfigReader(config);
        AccessPolicyReader.AccessSetup access = AccessPolicyReader.read(reader);
        StoreChoice store = StoreSettingsReader.read(reader);
        ApplicationSettings settings = new ApplicationSettings(
                store,
                core(CoreSettingsReader.read(reader), store),
                SimulatorSettingsReader.read(reader),
                WebSocketSettingsReader.read(reader),
                HttpOptions.read(reader),
                access.policy(),
                access.signedTokens(),
                reader.positiveDuration("notify.retention.prune-interval"),
                reader.bool("notify.seed-data"),
                reader.bool("notify.log-requests"),
                ServerAddress.read(reader));
        ServerTimeouts.check(reader, settings.webSocket());
        return settings;
    }

    /** On PostgreSQL the follower polls the shared log as often as {@code notify.postgres.poll-interval} says. */
    private static CoreSettings core(CoreSettings core, StoreChoice store) {
        return store instanceof StoreChoice.Postgres postgres
                ? new CoreSettings(
                        core.queueLimits(),
                        core.retention(),
                        postgres.settings().pollInterval())
                : core;
    }
}
