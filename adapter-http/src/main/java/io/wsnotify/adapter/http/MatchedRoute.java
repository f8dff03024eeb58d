package io.wsnotify.adapter.http;

/** The route template a request was routed to, kept in the request context for the observer. */
record MatchedRoute(String template) {}
