package io.wsnotify.bootstrap;

import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotificationUseCases;
import io.wsnotify.application.live.QueueLimits;

/** Reads the core's tunables: {@code notify.delivery.queue-*} and {@code notify.retention.*}. */
final class CoreSettingsReader {
    private CoreSettingsReader() {}

    static CoreSettings read(ConfigReader config) {
        QueueLimits queue = new QueueLimits(
                config.positiveInt("notify.delivery.queue-max-notifications"),
                config.positiveLong("notify.delivery.queue-max-bytes"));
        NotificationUseCases.Retention retention = new NotificationUseCases.Retention(
                config.positiveLong("notify.retention.max-count"), config.positiveDuration("notify.retention.max-age"));
        return new CoreSettings(queue, retention);
    }
}
