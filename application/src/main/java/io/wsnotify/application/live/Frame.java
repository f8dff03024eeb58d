package io.wsnotify.application.live;

/** One rendered frame waiting in a connection's queue; system frames have seq 0. */
record Frame(long seq, String text, long publishedNanos) {
}
