package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.wsnotify.adapter.jwt.HmacTokenMinter;
import io.wsnotify.adapter.jwt.JwtSettings;
import io.wsnotify.adapter.jwt.JwtSetupException;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.List;

/**
 * {@code java -jar websockets-notify.jar token --sub alice --scope subscribe --topics tasks --ttl 1h}:
 * prints an HS256 token signed with the configured {@code notify.security.jwt.secret} (read like the
 * server reads it: application.yaml, environment, {@code -D}), as Centrifugo's {@code gentoken} does.
 * Bad or missing arguments, or no usable secret, are one line on stderr and exit code 2.
 */
final class TokenCommand {
    static final String USAGE = """
            Usage: java -jar websockets-notify.jar token --sub CLIENT_ID [options]
            Prints a signed token (JWT, HS256) for CLIENT_ID, signed with notify.security.jwt.secret
            (NOTIFY_SECURITY_JWT_SECRET, or -Dnotify.security.jwt.secret=...).
              --sub CLIENT_ID   the client the token is for: 1-64 of A-Z a-z 0-9 . _ ~ - (required)
              --scope SCOPES    subscribe, publish, or both ("subscribe publish", or --scope twice); default subscribe
              --topics a,b      the only topics the token may receive; default: every topic
              --ttl DURATION    how long it is valid: 45s, 30m, 1h, 2d or ISO-8601 (PT30M); default 1h
              --iss ISSUER      its iss; default notify.security.jwt.issuer, when set
              --aud AUDIENCE    its aud; default notify.security.jwt.audience, when set
            Use it as Authorization: Bearer <token>, or ?token=<token>.""";

    private TokenCommand() {}

    /** Runs the command; returns the exit code (0, or 2 for bad arguments or configuration). */
    static int run(List<String> args, Config config, InstantSource clock, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        try {
            TokenArguments arguments = TokenArguments.parse(args);
            JwtSettings jwt = AccessPolicyReader.jwtSettings(new ConfigReader(config));
            if (jwt.secret() == null) {
                throw new IllegalArgumentException("no secret configured: set NOTIFY_SECURITY_JWT_SECRET"
                        + " (notify.security.jwt.secret), at least 32 bytes");
            }
            HmacTokenMinter minter = new HmacTokenMinter(jwt.secret());
            out.println(minter.mint(
                    arguments.claims(),
                    clock.instant(),
                    arguments.ttl(),
                    arguments.issuer() != null ? arguments.issuer() : jwt.issuer(),
                    arguments.audience() != null ? arguments.audience() : jwt.audience()));
            return 0;
        } catch (JwtSetupException e) {
            err.println("token: notify.security.jwt." + e.setting() + " " + e.getMessage());
        } catch (IllegalArgumentException | ConfigurationException e) {
            err.println("token: " + e.getMessage() + " (see token --help)");
        }
        return 2;
    }
}
