package io.wsnotify.application.access;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.Visibility;
import java.util.Objects;
import java.util.Set;

/** The one answer a transport gets for a request: allowed (and how), unauthorized (401) or forbidden (403). */
public sealed interface AccessDecision {

    /**
     * The request may go on, with what it may see. For a publish only the fact matters.
     *
     * @param client     the client id to read as: a signed token's subject, else the one asked
     *                   for (self-asserted), or null when none was asked and the credential names none
     * @param topics     the topics to deliver: those asked for, or a signed token's topics when
     *                   none were asked; empty means all
     * @param visibility which targeted notifications the reader sees
     */
    record Allowed(ClientId client, Set<Topic> topics, Visibility visibility) implements AccessDecision {
        public Allowed {
            topics = Set.copyOf(topics);
            Objects.requireNonNull(visibility, "visibility");
        }
    }

    /** No usable credential: a missing or refused token (401, {@code WWW-Authenticate}). */
    record Unauthorized(TokenProblem problem) implements AccessDecision {
        public Unauthorized {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** A valid credential that does not allow this request (403). */
    record Forbidden(Denial denial) implements AccessDecision {
        public Forbidden {
            Objects.requireNonNull(denial, "denial");
        }
    }
}
