/**
 * The wire format, shared by the HTTP, SSE and WebSocket transports (DESIGN §2): how values of
 * the core are written as JSON and how the strings clients send are read into values. The core
 * hands out values and never sees JSON; the transports never write JSON by hand.
 */
package io.wsnotify.wire;
