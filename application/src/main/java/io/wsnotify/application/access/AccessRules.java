package io.wsnotify.application.access;

import io.wsnotify.application.access.AccessDecision.Allowed;
import io.wsnotify.application.access.AccessDecision.Forbidden;
import io.wsnotify.application.access.AccessDecision.Unauthorized;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Scope;
import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.Visibility;
import java.util.Set;

/**
 * The rules of DESIGN §6 that turn a credential and a request into a decision, given which kinds of
 * token are configured:
 * <ul>
 * <li>Publishing needs the publish token or a signed token with {@code publish}, once either is
 *     configured; reading and subscribing need a token only once the subscribe token is set.</li>
 * <li>A signed token needs a scope for everything ({@code publish} implies reading), reads only as
 *     its subject, and only its {@code topics} (its default when none are asked).</li>
 * <li>With signed tokens on, targeted notifications are for the signed token of their subject; in
 *     the log also for publish credentials, which act for the application. Everyone else sees
 *     untargeted ones only. With them off, a client id is self-asserted, as it always was.</li>
 * </ul>
 */
public final class AccessRules {
    private final boolean publishGuarded;
    private final boolean readGuarded;
    private final boolean signedTokensOn;

    /**
     * @param publishGuarded whether publishing needs a credential
     * @param readGuarded    whether reading and subscribing need one
     * @param signedTokensOn whether signed tokens are configured (identities are then bound to them)
     */
    public AccessRules(boolean publishGuarded, boolean readGuarded, boolean signedTokensOn) {
        this.publishGuarded = publishGuarded;
        this.readGuarded = readGuarded;
        this.signedTokensOn = signedTokensOn;
    }

    public AccessDecision decide(Credential credential, AccessRequest request) {
        boolean publish = request.operation() == Operation.PUBLISH;
        return switch (credential) {
            case Credential.Refused refused -> new Unauthorized(refused.problem());
            case Credential.Anonymous anonymous ->
                (publish ? publishGuarded : readGuarded)
                        ? new Unauthorized(TokenProblem.MISSING)
                        : selfAsserted(request, false);
            case Credential.SubscribeToken subscribeToken ->
                publish && publishGuarded ? new Unauthorized(TokenProblem.WRONG_TOKEN) : selfAsserted(request, false);
            case Credential.PublishToken publishToken -> selfAsserted(request, true);
            case Credential.SignedToken signed -> signed(signed.claims(), request);
        };
    }

    /** A credential that names nobody: the client id it asks for is taken at its word. */
    private Allowed selfAsserted(AccessRequest request, boolean actsForApplication) {
        Visibility visibility;
        if (!signedTokensOn) {
            visibility =
                    request.client() == null ? Visibility.untargetedOnly() : Visibility.addressedTo(request.client());
        } else if (actsForApplication && request.operation() == Operation.READ) {
            visibility = Visibility.everything();
        } else {
            visibility = Visibility.untargetedOnly();
        }
        return new Allowed(request.client(), request.topics(), visibility);
    }

    private static AccessDecision signed(TokenClaims claims, AccessRequest request) {
        ClientId subject = claims.subject();
        if (request.operation() == Operation.PUBLISH) {
            return claims.scopes().contains(Scope.PUBLISH)
                    ? new Allowed(subject, Set.of(), Visibility.everything())
                    : new Forbidden(Denial.MISSING_SCOPE);
        }
        if (!Scope.allowsReading(claims.scopes())) {
            return new Forbidden(Denial.MISSING_SCOPE);
        }
        if (request.client() != null && !request.client().equals(subject)) {
            return new Forbidden(Denial.WRONG_SUBJECT);
        }
        Set<Topic> topics = request.topics();
        if (claims.limitsTopics()) {
            if (topics.isEmpty()) {
                topics = claims.topics();
            } else if (!claims.topics().containsAll(topics)) {
                return new Forbidden(Denial.TOPIC_NOT_ALLOWED);
            }
        }
        boolean seesEverything =
                request.operation() == Operation.READ && claims.scopes().contains(Scope.PUBLISH);
        return new Allowed(subject, topics, seesEverything ? Visibility.everything() : Visibility.addressedTo(subject));
    }
}
