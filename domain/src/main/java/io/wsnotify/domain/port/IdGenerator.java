package io.wsnotify.domain.port;

/** Driven port: makes unique notification ids (the seed used random UUIDs). */
@FunctionalInterface
public interface IdGenerator {
    String nextId();
}
