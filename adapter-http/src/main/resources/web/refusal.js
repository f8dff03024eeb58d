// Access refusals (401, 403) told the way a person can act on them: the server's reason (the
// challenge's error_description, else the problem's detail), who the token says it is, what to do.

import { formatDateTime } from './dom.js';
import { isExpired } from './identity.js';

/** Whether `error` is an access refusal: retrying with the same token cannot help. */
export const isRefusal = (error) => error?.status === 401 || error?.status === 403;

function sentence(text) {
  const trimmed = String(text ?? '').trim().replace(/\.$/, '');
  return trimmed ? `${trimmed[0].toUpperCase()}${trimmed.slice(1)}.` : '';
}

/** For a signed token: whom it names and what it allows, as the page decoded it. */
function tokenSays(identity) {
  if (identity.kind !== 'jwt') return '';
  const scopes = identity.scopes.length > 0 ? `scope "${identity.scopes.join(' ')}"` : 'no scope';
  const topics = identity.topics ? ` and topics ${identity.topics.join(', ')}` : '';
  const expired = isExpired(identity) ? `, expired ${formatDateTime(identity.expires.toISOString())}` : '';
  return ` The token is for ${identity.subject ?? '(no subject)'} with ${scopes}${topics}${expired}.`;
}

/**
 * The banner content ({status, title, detail}) for refusal `error` with `identity` (identity.js).
 * 401: no usable token (missing, malformed, expired, badly signed…); 403: a valid token that may
 * not do this (scope, subject, topics).
 */
export function refusalMessage(error, identity) {
  const reason = sentence(error.challenge?.description || error.detail);
  if (error.status === 401) {
    const missing = identity.kind === 'none';
    return {
      status: 401,
      title: missing ? 'Authentication required' : 'Token refused',
      detail: `${reason}${tokenSays(identity)} ${missing ? 'Enter the access token (static or a signed JWT)'
        : 'Enter a valid token'} and press Save.`.trim(),
    };
  }
  return {
    status: 403,
    title: 'Not allowed',
    detail: `${reason}${tokenSays(identity)} Use a token that allows it and press Save.`.trim(),
  };
}
