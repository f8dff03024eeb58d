package io.wsnotify.adapter.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import io.wsnotify.domain.TokenProblem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A token read as a compact JWS ({@code header.payload.signature}), strictly: at most 8 KiB,
 * three base64url parts, a UTF-8 JSON header whose {@code alg} is one we accept, and a signature.
 * The payload is decoded only once the signature has been checked.
 */
final class CompactJws {
    static final int MAX_CHARS = 8192;
    static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

    private final SignedJWT jws;

    private CompactJws(SignedJWT jws) {
        this.jws = jws;
    }

    static CompactJws parse(String token) throws Refusal {
        if (token.length() > MAX_CHARS) {
            throw new Refusal(TokenProblem.TOO_LARGE);
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new Refusal(TokenProblem.MALFORMED);
        }
        for (String part : parts) {
            if (part.length() % 4 == 1 || !BASE64URL.matcher(part).matches()) {
                throw new Refusal(TokenProblem.MALFORMED);
            }
        }
        Object alg = json(parts[0]).get("alg");
        if (!(alg instanceof String name)) {
            throw new Refusal(TokenProblem.MALFORMED);
        }
        if (!ACCEPTED.contains(JWSAlgorithm.parse(name))) {
            throw new Refusal(TokenProblem.ALGORITHM_REFUSED);
        }
        if (parts[2].isEmpty()) {
            throw new Refusal(TokenProblem.MALFORMED);
        }
        try {
            return new CompactJws(SignedJWT.parse(token));
        } catch (ParseException e) {
            throw new Refusal(TokenProblem.MALFORMED);
        }
    }

    JWSAlgorithm algorithm() {
        return jws.getHeader().getAlgorithm();
    }

    /** The header's {@code kid}, or null. */
    String keyId() {
        return jws.getHeader().getKeyID();
    }

    /** Checks the signature with {@code verifier}: a key of the header's algorithm. */
    void verify(JWSVerifier verifier) throws Refusal {
        try {
            if (!jws.verify(verifier)) {
                throw new Refusal(TokenProblem.BAD_SIGNATURE);
            }
        } catch (JOSEException e) {
            throw new Refusal(TokenProblem.ALGORITHM_REFUSED);
        }
    }

    /** The claims set as JSON members; call only after {@link #verify}. */
    Map<String, Object> claims() throws Refusal {
        return json(jws.getParsedParts()[1].toString());
    }

    private static Map<String, Object> json(String base64url) throws Refusal {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new Refusal(TokenProblem.MALFORMED);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(TokenProblem.NOT_UTF8);
        }
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new Refusal(TokenProblem.MALFORMED);
        }
    }
}
