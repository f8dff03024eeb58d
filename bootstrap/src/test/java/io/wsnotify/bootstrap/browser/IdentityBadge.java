package io.wsnotify.bootstrap.browser;

import java.time.Instant;
import java.util.Map;

/**
 * What the dashboard's {@code identity} badge shows: the kind of token ({@code jwt}, {@code static},
 * {@code none}), the client id it reads as, the scopes and the expiry it shows, whether it shows the
 * token as expired, and its whole text.
 */
record IdentityBadge(
        String kind, String clientId, String shownId, String scopes, Instant expires, boolean expired, String text) {
    /** Page script returning the badge's content as a plain object. */
    static final String READ = "const b = document.querySelector('[data-testid=identity]');"
            + "const part = (id) => b.querySelector(`[data-testid=${id}]`);"
            + "return {kind: b.dataset.kind || '', clientId: b.dataset.clientId || '',"
            + "shownId: part('identity-subject')?.textContent || '', scopes: part('identity-scopes')?.textContent || '',"
            + "expires: part('identity-expiry')?.getAttribute('datetime') || '', expired: b.dataset.expired === 'true',"
            + "text: b.textContent};";

    /** From the plain object the page's script returns. */
    static IdentityBadge fromScript(Object value) {
        Map<?, ?> badge = (Map<?, ?>) value;
        String expires = String.valueOf(badge.get("expires"));
        return new IdentityBadge(
                String.valueOf(badge.get("kind")),
                String.valueOf(badge.get("clientId")),
                String.valueOf(badge.get("shownId")),
                String.valueOf(badge.get("scopes")),
                expires.isEmpty() ? null : Instant.parse(expires),
                Boolean.TRUE.equals(badge.get("expired")),
                String.valueOf(badge.get("text")));
    }
}
