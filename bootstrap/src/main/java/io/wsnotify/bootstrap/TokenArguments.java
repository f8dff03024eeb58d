package io.wsnotify.bootstrap;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.Scope;
import io.wsnotify.domain.TokenClaims;
import io.wsnotify.wire.WireValues;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of the {@code token} command, read strictly: {@code --sub} (required), {@code --scope}
 * (repeatable, or space-separated; default subscribe), {@code --topics}, {@code --ttl} (default 1h),
 * {@code --iss}, {@code --aud}; each as {@code --name value} or {@code --name=value}.
 *
 * @param issuer   the {@code --iss} given, or null
 * @param audience the {@code --aud} given, or null
 */
record TokenArguments(TokenClaims claims, Duration ttl, String issuer, String audience) {
    private static final List<String> OPTIONS = List.of("--sub", "--scope", "--topics", "--ttl", "--iss", "--aud");

    /** @throws IllegalArgumentException naming the bad or missing argument */
    static TokenArguments parse(List<String> args) {
        Map<String, String> single = new HashMap<>();
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
            if (equals < 0 && i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = equals > 0 ? arg.substring(equals + 1) : args.get(++i);
            if (name.equals("--scope")) {
                scopes.addAll(scopes(value));
            } else if (single.put(name, value) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        String subject = single.get("--sub");
        if (subject == null) {
            throw new IllegalArgumentException("--sub is required");
        }
        try {
            TokenClaims claims = new TokenClaims(
                    new ClientId(subject),
                    scopes.isEmpty() ? Set.of(Scope.SUBSCRIBE) : scopes,
                    WireValues.topics(single.get("--topics")));
            return new TokenArguments(
                    claims,
                    TimeToLive.parse(single.getOrDefault("--ttl", "1h")),
                    single.get("--iss"),
                    single.get("--aud"));
        } catch (InvalidValueException e) {
            String option = e.field().equals("client_id") ? "--sub" : "--topics";
            throw new IllegalArgumentException(option + " " + e.reason());
        }
    }

    private static Set<Scope> scopes(String value) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String word : value.split("[ ,]+")) {
            if (!word.isEmpty()) {
                scopes.add(Scope.fromWire(word)
                        .orElseThrow(() ->
                                new IllegalArgumentException("--scope '" + word + "' is not subscribe or publish")));
            }
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("--scope needs subscribe and/or publish");
        }
        return scopes;
    }
}
