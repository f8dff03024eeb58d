package io.wsnotify.client.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The arguments of {@code listen --client-id ID [--since N] [--topics a,b] [--token T] BASE_URL}.
 * Options take their value as the next argument or after {@code =}; each may be given once. The
 * values themselves are checked by the client's builder.
 */
record ListenArguments(String clientId, OptionalLong since, List<String> topics, String token, URI baseUrl) {
    static final String USAGE = "usage: listen --client-id ID [--since N] [--topics a,b] [--token T] BASE_URL";

    /** Reads {@code args} (those after {@code listen}); throws a one-line problem when they are unusable. */
    static ListenArguments parse(List<String> args) throws UsageException {
        String clientId = null;
        String since = null;
        String topics = null;
        String token = null;
        String base = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (base != null) {
                    throw new UsageException("unexpected argument '" + arg + "': only one BASE_URL");
                }
                base = arg;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--client-id":
                    clientId = once(name, clientId, value);
                    break;
                case "--since":
                    since = once(name, since, value);
                    break;
                case "--topics":
                    topics = once(name, topics, value);
                    break;
                case "--token":
                    token = once(name, token, value);
                    break;
                default:
                    throw new UsageException("unknown option " + name);
            }
        }
        if (clientId == null) {
            throw new UsageException("--client-id is required");
        }
        if (base == null) {
            throw new UsageException("BASE_URL is required, like http://localhost:5050");
        }
        return new ListenArguments(
                clientId,
                seq(since),
                topics == null ? List.of() : Arrays.asList(topics.split(",", -1)),
                token,
                url(base));
    }

    private static String once(String name, String previous, String value) throws UsageException {
        if (previous != null) {
            throw new UsageException(name + " given twice");
        }
        return value;
    }

    private static OptionalLong seq(String text) throws UsageException {
        if (text == null) {
            return OptionalLong.empty();
        }
        if (!text.matches("[0-9]{1,18}")) {
            throw new UsageException("--since must be a whole number of 0 or more, was '" + text + "'");
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    private static URI url(String text) throws UsageException {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !text.matches("(?i)(https?|wss?)://.+")) {
                throw new UsageException("BASE_URL must be an http:// or https:// URL, was '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("BASE_URL is not a valid URL: " + e.getMessage());
        }
    }
}
