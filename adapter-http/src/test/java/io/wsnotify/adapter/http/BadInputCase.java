package io.wsnotify.adapter.http;

import java.util.List;

/** One row of the bad-input table: a bad request and what it must get (status, field named). */
record BadInputCase(
        String method, String path, String contentType, String body, List<String[]> headers, int status, String field) {
    @Override
    public String toString() {
        String shown = body == null ? "" : " " + (body.length() > 40 ? body.substring(0, 40) + "…" : body);
        return method + " " + path + shown + (contentType == null ? "" : " [" + contentType + "]") + " -> " + status
                + (field == null ? "" : " " + field);
    }

    /** A request with a JSON body (or none). */
    static BadInputCase bad(String method, String path, String body, int status, String field) {
        return new BadInputCase(method, path, null, body, List.of(), status, field);
    }

    /** A request whose body is declared with another content type. */
    static BadInputCase typed(String method, String path, String contentType, String body, int status) {
        return new BadInputCase(method, path, contentType, body, List.of(), status, null);
    }

    /** A GET with one extra header. */
    static BadInputCase withHeader(String path, String name, String value, int status, String field) {
        return new BadInputCase("GET", path, null, null, List.<String[]>of(new String[] {name, value}), status, field);
    }
}
