package io.wsnotify.application;

import io.wsnotify.application.access.AccessDecision;
import io.wsnotify.application.access.AccessRefusals;
import io.wsnotify.application.access.AccessRequest;
import io.wsnotify.application.access.AccessRules;
import io.wsnotify.application.access.Credential;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.TokenVerdict;
import io.wsnotify.domain.port.TokenVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may do what (DESIGN §6): the optional static publish and subscribe tokens, compared in
 * constant time, and signed tokens (JWT) checked by a {@link TokenVerifier} when one is configured.
 *
 * <p>Every transport asks one question: {@link #decide(String, AccessRequest)} with the token the
 * request presents (parsed from the wire by the transport) and what it asks to do, and gets one
 * {@link AccessDecision}. A transport that decides twice for one request (a first look before it
 * has read its parameters) calls {@link #identify} once and {@link #decide(Credential, AccessRequest)}
 * with the credential. Refusals are counted in {@link #refusals()}.
 */
public final class AccessPolicy {
    /** Longest token looked at: any longer is refused as {@link TokenProblem#TOO_LARGE}. */
    public static final int MAX_TOKEN_CHARS = 8192;

    private final byte[] publishToken;
    private final byte[] subscribeToken;
    private final TokenVerifier verifier;
    private final AccessRules rules;
    private final AccessRefusals refusals = new AccessRefusals();

    /** Static tokens only; an unset (null or blank) token leaves that side open. */
    public AccessPolicy(String publishToken, String subscribeToken) {
        this(publishToken, subscribeToken, null);
    }

    /** Static tokens and, when {@code verifier} is not null, signed tokens too. */
    public AccessPolicy(String publishToken, String subscribeToken, TokenVerifier verifier) {
        this.publishToken = bytesOrNull(publishToken);
        this.subscribeToken = bytesOrNull(subscribeToken);
        this.verifier = verifier;
        this.rules = new AccessRules(!publishIsOpen(), !subscribeIsOpen(), signedTokensAreOn());
    }

    public static AccessPolicy open() {
        return new AccessPolicy(null, null);
    }

    /** What {@code presented} (null when the request carries none) is. Never throws. */
    public Credential identify(String presented) {
        if (presented == null || presented.isEmpty() || securityIsOff()) {
            return Credential.anonymous();
        }
        if (presented.length() > MAX_TOKEN_CHARS) {
            return new Credential.Refused(TokenProblem.TOO_LARGE);
        }
        boolean publish = matches(publishToken, presented);
        boolean subscribe = matches(subscribeToken, presented);
        if (publish) {
            return Credential.PublishToken.INSTANCE;
        }
        if (subscribe) {
            return Credential.SubscribeToken.INSTANCE;
        }
        if (verifier == null) {
            return new Credential.Refused(TokenProblem.WRONG_TOKEN);
        }
        return switch (verifier.verify(presented)) {
            case TokenVerdict.Valid valid -> new Credential.SignedToken(valid.claims());
            case TokenVerdict.Refused refused -> new Credential.Refused(refused.problem());
        };
    }

    /** The decision for {@code request} by the bearer of {@code credential}; a refusal is counted. */
    public AccessDecision decide(Credential credential, AccessRequest request) {
        AccessDecision decision = rules.decide(credential, request);
        refusals.record(decision);
        return decision;
    }

    /** The decision for {@code request} presenting {@code presented} (null when none). */
    public AccessDecision decide(String presented, AccessRequest request) {
        return decide(identify(presented), request);
    }

    public AccessRefusals refusals() {
        return refusals;
    }

    /** Whether anyone may publish: no publish token and no signed tokens are configured. */
    public boolean publishIsOpen() {
        return publishToken == null && verifier == null;
    }

    /** Whether anyone may read and subscribe (untargeted notifications only, once signed tokens are on). */
    public boolean subscribeIsOpen() {
        return subscribeToken == null;
    }

    public boolean hasPublishToken() {
        return publishToken != null;
    }

    public boolean hasSubscribeToken() {
        return subscribeToken != null;
    }

    public boolean signedTokensAreOn() {
        return verifier != null;
    }

    private boolean securityIsOff() {
        return publishToken == null && subscribeToken == null && verifier == null;
    }

    private static boolean matches(byte[] expected, String presented) {
        if (expected == null) {
            return false;
        }
        byte[] given = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] bytesOrNull(String token) {
        return token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "AccessPolicy[publish=" + (hasPublishToken() ? "token" : "open") + ", subscribe="
                + (hasSubscribeToken() ? "token" : "open") + ", signed=" + (signedTokensAreOn() ? "on" : "off") + "]";
    }
}
