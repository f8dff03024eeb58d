// The notification feed: newest first by seq, each seq once, coloured by type, capped in length.

import { el, formatDateTime, formatTime } from './dom.js';

export const MAX_FEED_ITEMS = 200;
const KNOWN_TYPES = new Set(['INFO', 'SUCCESS', 'ALERT', 'WARNING', 'ERROR']);
/** Envelope fields the server sets; what is left is what the publisher posted. */
const ENVELOPE_FIELDS = new Set(['id', 'message', 'url', 'date', 'type', 'seq', 'timestamp', 'topic', 'event', 'to']);

/**
 * What a notification says: its message, or, for one posted without a message (any JSON object is
 * accepted), the fields its publisher posted as compact JSON.
 */
export function messageOf(notification) {
  if (typeof notification.message === 'string') return { text: notification.message, json: false };
  const posted = Object.fromEntries(Object.entries(notification)
    .filter(([name, value]) => !ENVELOPE_FIELDS.has(name) && !(name === 'data' && value === null)));
  return { text: JSON.stringify(posted), json: true };
}

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
  const message = messageOf(notification);
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
  el('p', { class: message.json ? 'feed-message feed-json' : 'feed-message', 'data-testid': 'feed-item-message',
    text: message.text }),
  topic || url ? el('div', { class: 'feed-foot' },
    topic ? el('span', { class: 'feed-topic', text: topic }) : null,
    url && href ? el('a', { class: 'feed-url', 'data-testid': 'feed-item-url', href, target: '_blank',
      rel: 'noopener noreferrer', text: url }) : null,
    url && !href ? el('span', { class: 'feed-url', text: url }) : null) : null);
}

/** Binds the feed to its list element (`<ol data-testid="feed">`). */
export function createFeed(list, { max = MAX_FEED_ITEMS, empty = null, counter = null } = {}) {
  let count = 0;
  const shown = new Set(); // seqs in the list: history and live traffic overlap, each seq is shown once

  const refresh = () => {
    if (empty) empty.hidden = list.childElementCount > 0;
    if (counter) counter.textContent = String(count);
  };
  refresh();

  /** The first item older than `seq`: the new one goes before it (the list is newest first). */
  const olderThan = (seq) => [...list.children].find((item) => Number(item.dataset.seq) < seq) ?? null;

  return {
    /** Shows one notification in seq order (a seq already shown is skipped); drops the oldest beyond `max`. */
    add(notification) {
      const { seq } = notification;
      if (typeof seq === 'number' && shown.has(seq)) return false;
      const item = renderItem(notification);
      if (typeof seq === 'number') {
        shown.add(seq);
        list.insertBefore(item, olderThan(seq));
      } else {
        list.prepend(item);
      }
      while (list.childElementCount > max) {
        shown.delete(Number(list.lastElementChild.dataset.seq));
        list.lastElementChild.remove();
      }
      count += 1;
      refresh();
      return true;
    },
    clear() {
      list.replaceChildren();
      shown.clear();
      refresh();
    },
    get size() {
      return list.childElementCount;
    },
  };
}
