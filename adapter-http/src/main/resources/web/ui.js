// Page chrome: the error banner, the connection indicator, the identity badge and the token form.

import { byTestId, el, formatDateTime, formatTime } from './dom.js';
import { isExpired } from './identity.js';

export const CONNECTION_STATES = ['connecting', 'live', 'reconnecting', 'offline'];

/** The dismissible message area (`data-testid="error-banner"`). */
export function createErrorBanner(root = byTestId('error-banner')) {
  const title = root.querySelector('.error-title');
  const detail = root.querySelector('.error-detail');
  const fields = root.querySelector('.error-fields');
  const dismiss = root.querySelector('[data-testid="error-dismiss"]');

  const hide = () => {
    root.hidden = true;
    delete root.dataset.status;
    delete root.dataset.source;
  };
  dismiss?.addEventListener('click', hide);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !root.hidden && !event.target.closest?.('input, select')) hide();
  });

  return {
    /** Shows an ApiError (title, detail, field messages) or any Error; `source` tags it. */
    show(error, prefix = '', source = '') {
      const heading = error?.title || error?.name || 'Error';
      const text = error?.detail || (error?.title ? '' : error?.message) || '';
      title.textContent = prefix ? `${prefix}: ${heading}` : heading;
      detail.textContent = text;
      detail.hidden = text === '';
      const items = Array.isArray(error?.errors) ? error.errors : [];
      fields.replaceChildren(...items.map((item) => el('li', {},
        item.field ? el('code', { text: item.field }) : null,
        item.field ? ': ' : null, item.message)));
      fields.hidden = items.length === 0;
      root.dataset.status = String(error?.status ?? '');
      root.dataset.source = source;
      root.hidden = false;
    },
    hide,
    /** Hides the banner only if it shows a message from `source`. */
    clear(source) {
      if (!root.hidden && root.dataset.source === source) hide();
    },
    get visible() {
      return !root.hidden;
    },
  };
}

/** The connection indicator: text and data-state are always one of CONNECTION_STATES. */
export function createIndicator(root = byTestId('connection-state')) {
  const titles = {
    connecting: 'Connecting to the live stream…',
    live: 'Live: changes appear as they happen',
    reconnecting: 'Connection lost: reconnecting…',
    offline: 'Not connected',
  };
  return (state) => {
    const value = CONNECTION_STATES.includes(state) ? state : 'offline';
    root.textContent = value;
    root.dataset.state = value;
    root.title = titles[value];
  };
}

const MAX_TIMER_MS = 2 ** 31 - 1;

function identityParts(identity) {
  if (identity.kind !== 'jwt') {
    return [el('span', { class: 'identity-note', text: 'self-asserted' })];
  }
  const expired = isExpired(identity);
  return [
    el('span', { class: 'identity-scopes', 'data-testid': 'identity-scopes',
      text: identity.scopes.length > 0 ? identity.scopes.join(' ') : 'no scope' }),
    identity.topics ? el('span', { class: 'identity-topics', 'data-testid': 'identity-topics',
      text: `topics ${identity.topics.join(', ')}` }) : null,
    identity.expires ? el('time', { class: expired ? 'identity-expiry expired' : 'identity-expiry',
      'data-testid': 'identity-expiry', datetime: identity.expires.toISOString(),
      title: formatDateTime(identity.expires.toISOString()),
      text: `${expired ? 'expired' : 'until'} ${formatTime(identity.expires.toISOString())}` }) : null,
  ].filter(Boolean);
}

/**
 * Who the page reads as (`data-testid="identity"`): a signed token's subject, scopes, topics and
 * expiry (shown as expired once `exp` passes), or the tab's own, self-asserted client id.
 */
export function createIdentityBadge(root = byTestId('identity')) {
  let timer = null;
  const render = (identity) => {
    clearTimeout(timer);
    root.dataset.kind = identity.kind;
    root.dataset.clientId = identity.clientId;
    root.dataset.expired = String(isExpired(identity));
    root.title = identity.kind === 'jwt'
      ? `Signed token (JWT) for ${identity.subject ?? '(no subject)'}: the page reads as its subject. It is`
        + ' decoded here, not verified: a server with signed tokens on checks it on every request'
      : 'No signed token: the client id is this tab\'s own, and the server takes it at its word';
    root.replaceChildren(el('span', { class: 'identity-label', text: 'as' }),
      el('strong', { class: 'identity-subject', 'data-testid': 'identity-subject', text: identity.clientId }),
      ...identityParts(identity));
    const left = identity.expires ? identity.expires.getTime() - Date.now() : -1;
    if (left > 0 && left < MAX_TIMER_MS) timer = setTimeout(() => render(identity), left + 50);
  };
  return render;
}

/** The token form: stores the token and calls onSave(token); `ask()` draws attention to it. */
export function createTokenForm({ form, input, initial, onSave }) {
  input.value = initial;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.classList.remove('attention');
    onSave(input.value.trim());
  });
  return {
    ask() {
      form.classList.add('attention');
      form.closest('details')?.setAttribute('open', '');
      input.focus();
      input.select?.();
    },
  };
}
