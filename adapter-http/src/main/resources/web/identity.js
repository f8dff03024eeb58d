// Who the dashboard reads as: the subject of a signed token (JWT), or this tab's own client id.
//
// The browser only decodes the token's payload to know whom to connect as and what to show; it
// never verifies it. The server checks the signature, expiry and claims of every request.

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** Decodes one base64url segment to UTF-8 text; throws when it is not that. */
function decodeSegment(segment) {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * The claims of a token shaped like a signed JWT (three base64url segments, a JSON header naming
 * an `alg`, a JSON object payload), or null for anything else (a static token).
 */
export function jwtClaims(token) {
  const parts = String(token ?? '').split('.');
  if (parts.length !== 3 || !SEGMENT.test(parts[0]) || !SEGMENT.test(parts[1])) return null;
  try {
    const header = JSON.parse(decodeSegment(parts[0]));
    const claims = JSON.parse(decodeSegment(parts[1]));
    return isObject(header) && typeof header.alg === 'string' && isObject(claims) ? claims : null;
  } catch {
    return null;
  }
}

/**
 * What `token` says about who the dashboard is:
 *  kind      'jwt' (a signed token), 'static' (any other token) or 'none'
 *  clientId  the id to connect as: the JWT's `sub`, else `ownClientId`
 *  subject, scopes, topics, expires (a Date): from a JWT's `sub`, `scope`, `topics`, `exp`
 *            (null, [], null, null when absent or not a JWT)
 */
export function identityOf(token, ownClientId) {
  const value = String(token ?? '').trim();
  const claims = value ? jwtClaims(value) : null;
  if (!claims) {
    return { kind: value ? 'static' : 'none', clientId: ownClientId, subject: null, scopes: [], topics: null,
      expires: null };
  }
  const subject = typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : null;
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
  const topics = Array.isArray(claims.topics) ? claims.topics.map(String) : null;
  const expires = Number.isFinite(claims.exp) ? new Date(claims.exp * 1000) : null;
  // without a usable sub the server refuses the token (401), before any stream is opened
  return { kind: 'jwt', clientId: subject ?? ownClientId, subject, scopes, topics, expires };
}

/** Whether a JWT identity's `exp` has passed by this browser's clock. */
export function isExpired(identity, now = Date.now()) {
  return identity.expires !== null && identity.expires.getTime() <= now;
}
