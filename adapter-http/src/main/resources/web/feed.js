// The live notification feed: newest first, coloured by type, capped in length.

import { el, formatDateTime, formatTime } from './dom.js';

export const MAX_FEED_ITEMS = 200;
const KNOWN_TYPES = new Set(['INFO', 'SUCCESS', 'ALERT', 'WARNING', 'ERROR']);

/** A safe href for a notification url: only http(s) (relative paths resolve to this origin). */
export function safeHref(url, base = globalThis.location?.href) {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function typeOf(notification) {
  const type = typeof notification.type === 'string' ? notification.type.toUpperCase() : 'INFO';
  return type || 'INFO';
}

function renderItem(notification) {
  const type = typeOf(notification);
  const known = KNOWN_TYPES.has(type) ? type.toLowerCase() : 'other';
  const message = typeof notification.message === 'string' ? notification.message
    : JSON.stringify(notification.message ?? '');
  const timestamp = typeof notification.timestamp === 'string' ? notification.timestamp : '';
  const when = timestamp ? formatTime(timestamp)
    : typeof notification.date === 'string' ? notification.date : '';
  const url = typeof notification.url === 'string' ? notification.url : '';
  const href = safeHref(url);
  const topic = [notification.topic, notification.event]
    .filter((part) => typeof part === 'string' && part).join(' · ');

  return el('li', {
    class: `feed-item type-${known}`,
    'data-testid': 'feed-item',
    'data-seq': String(notification.seq),
    'data-type': type,
  },
  el('div', { class: 'feed-head' },
    el('span', { class: 'badge', 'data-testid': 'feed-item-type', text: type }),
    el('span', { class: 'feed-seq', 'data-testid': 'feed-item-seq', text: `#${notification.seq}` }),
    when ? el('time', { class: 'feed-time', datetime: timestamp || null,
      title: timestamp ? formatDateTime(timestamp) : null, text: when }) : null),
  el('p', { class: 'feed-message', 'data-testid': 'feed-item-message', text: message }),
  topic || url ? el('div', { class: 'feed-foot' },
    topic ? el('span', { class: 'feed-topic', text: topic }) : null,
    url && href ? el('a', { class: 'feed-url', 'data-testid': 'feed-item-url', href, target: '_blank',
      rel: 'noopener noreferrer', text: url }) : null,
    url && !href ? el('span', { class: 'feed-url', text: url }) : null) : null);
}

/** Binds the feed to its list element (`<ol data-testid="feed">`). */
export function createFeed(list, { max = MAX_FEED_ITEMS, empty = null, counter = null } = {}) {
  let count = 0;

  const refresh = () => {
    if (empty) empty.hidden = list.childElementCount > 0;
    if (counter) counter.textContent = String(count);
  };
  refresh();

  return {
    /** Shows one notification at the top; drops the oldest beyond `max`. */
    add(notification) {
      list.prepend(renderItem(notification));
      while (list.childElementCount > max) list.lastElementChild.remove();
      count += 1;
      refresh();
    },
    clear() {
      list.replaceChildren();
      refresh();
    },
    get size() {
      return list.childElementCount;
    },
  };
}
