package io.wsnotify.adapter.http.docs;

import io.helidon.common.media.type.MediaType;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves one classpath file of our own (a docs page or its script), read once at start. */
final class FixedResource implements Handler {
    private final byte[] content;
    private final MediaType mediaType;

    private FixedResource(byte[] content, MediaType mediaType) {
        this.content = content;
        this.mediaType = mediaType;
    }

    static FixedResource of(String resource, MediaType mediaType) {
        try (InputStream in = FixedResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new FixedResource(in.readAllBytes(), mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        res.headers().contentType(mediaType);
        res.headers().set(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(content);
    }
}
