// Page chrome: the error banner, the connection indicator and the token form.

import { byTestId, el } from './dom.js';

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
