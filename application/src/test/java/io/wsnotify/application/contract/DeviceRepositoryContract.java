package io.wsnotify.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.wsnotify.domain.port.DeviceRepository}; every implementation must pass it. */
public abstract class DeviceRepositoryContract extends StoreContract {
    private static final Instant AT = Instant.parse("2026-11-27T10:42:07.123Z");

    @Test
    void addAssignsPositiveIncreasingIds() {
        Device first = add("Device U1", true);
        Device second = add("Device U2", false);
        assertTrue(first.id().value() >= 1);
        assertTrue(second.id().value() > first.id().value());
    }

    @Test
    void addReturnsTheDeviceAsStored() {
        Device online = add("Device U1", true);
        Device offline = add("Gerät « ü » 📟", false);
        assertEquals(new Device(online.id(), "Device U1", true, AT), online);
        assertEquals(new Device(offline.id(), "Gerät « ü » 📟", false, AT), offline);
        assertEquals(Optional.of(online), tx(() -> devices().find(online.id())));
        assertEquals(Optional.of(offline), tx(() -> devices().find(offline.id())));
    }

    @Test
    void findsNothingForAnUnknownId() {
        add("Device U1", true);
        assertEquals(Optional.empty(), tx(() -> devices().find(new DeviceId(424_242))));
    }

    @Test
    void listsLowestIdFirst() {
        List<Device> added = List.of(add("c", true), add("a", false), add("b", true));
        assertEquals(added, tx(() -> devices().list()));
    }

    @Test
    void listsNothingWhenEmpty() {
        assertEquals(List.of(), tx(() -> devices().list()));
    }

    @Test
    void saveReplacesOnlyTheDeviceWithThatId() {
        Device kept = add("kept", true);
        Device reported = add("reported", true).report(false, AT.plusMillis(61_001));
        txRun(() -> devices().save(reported));
        assertEquals(Optional.of(reported), tx(() -> devices().find(reported.id())));
        assertEquals(Optional.of(kept), tx(() -> devices().find(kept.id())));
        Device back = reported.report(true, AT.plusMillis(62_002));
        txRun(() -> devices().save(back));
        assertEquals(List.of(kept, back), tx(() -> devices().list()));
    }

    @Test
    void countsDevices() {
        assertEquals(0, tx(() -> devices().count()));
        add("a", true);
        add("b", false);
        assertEquals(2, tx(() -> devices().count()));
    }

    @Test
    void worksOutsideATransaction() {
        Device added = devices().add("autocommit", false, AT);
        assertEquals(Optional.of(added), devices().find(added.id()));
        assertEquals(1, devices().count());
    }

    private Device add(String name, boolean online) {
        return tx(() -> devices().add(name, online, AT));
    }
}
