package io.wsnotify.bootstrap;

/**
 * Where the server is told to listen ({@code server.host}, {@code server.port}), as configured:
 * for the startup log and errors. Helidon reads and checks the same keys when it binds.
 */
record ServerAddress(String host, String port) {
    static ServerAddress read(ConfigReader reader) {
        return new ServerAddress(
                reader.string("server.host").strip(),
                reader.string("server.port").strip());
    }

    /** The host a browser on this machine would use: {@code localhost} when bound to every interface. */
    String shownHost() {
        return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
