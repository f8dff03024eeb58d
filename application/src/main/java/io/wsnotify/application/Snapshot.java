package io.wsnotify.application;

/**
 * A read result with the newest notification seq visible to the same transaction: a client that
 * subscribes with {@code since=seq} afterwards misses nothing and sees nothing twice.
 */
public record Snapshot<T>(T value, long seq) {}
