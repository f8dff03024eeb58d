package io.wsnotify.adapter.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.Bytes;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ListenerConfig;
import io.helidon.webserver.ProtocolConfigs;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionProvider;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's only connection selector: every connection is Helidon's HTTP/1.1 connection
 * (with the listener's upgrades, such as WebSocket) inside a {@link GuardedConnection}.
 *
 * <p>Being the only selector matters twice. Helidon then hands it each connection as it is
 * accepted, before a byte is read, so a client that connects and sends nothing is under the
 * header timeout too. And Helidon's own HTTP/1.1 parser sees HTTP/1.0 request lines and answers
 * them 505 (a problem, through the direct handlers); with several selectors Helidon first sorts
 * connections by their request line and closes an HTTP/1.0 one without a word.
 */
final class Http1Connections implements ServerConnectionSelector {
    private final Http1Config http1;
    private final HeadDeadlines deadlines;
    private final Map<String, ServerConnectionSelector> helidonByListener = new ConcurrentHashMap<>();

    Http1Connections(Http1Config http1, HeadDeadlines deadlines) {
        this.http1 = http1;
        this.deadlines = deadlines;
    }

    @Override
    public int bytesToIdentifyConnection() {
        return 0;
    }

    /** HTTP/1.1, and HTTP/1.0 (to answer it 505); only asked when another selector is installed too. */
    @Override
    public Support supports(BufferData data) {
        int lf = data.indexOf(Bytes.LF_BYTE);
        if (lf < 0) {
            return data.available() <= http1.maxPrologueLength() ? Support.UNKNOWN : Support.UNSUPPORTED;
        }
        String line = data.readString(lf, StandardCharsets.US_ASCII);
        return line.endsWith(" HTTP/1.1\r") || line.endsWith(" HTTP/1.0\r") ? Support.SUPPORTED : Support.UNSUPPORTED;
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return Set.of("http/1.1");
    }

    @Override
    public ServerConnection connection(ConnectionContext ctx) {
        return new GuardedConnection(ctx, helidonSelector(ctx.listenerContext().config()), deadlines);
    }

    /** Helidon's HTTP/1.1 selector for the listener, built as Helidon builds it, with the listener's upgrades. */
    private ServerConnectionSelector helidonSelector(ListenerConfig listener) {
        return helidonByListener.computeIfAbsent(
                listener.name(),
                name -> new Http1ConnectionProvider()
                        .create(name, http1, ProtocolConfigs.create(listener.protocols())));
    }
}
