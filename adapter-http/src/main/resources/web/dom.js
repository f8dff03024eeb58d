// Tiny DOM helpers. Text is always set through textContent / text nodes, never innerHTML.

/**
 * Creates an element.
 * props: `class`, `text` (textContent), `dataset` (object), `on<event>` (listener),
 * `hidden`/boolean attributes (true/false), anything else becomes an attribute.
 * children: nodes or strings (strings become text nodes); null/undefined are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** Finds a required element by its data-testid. */
export function byTestId(testId, root = document) {
  const node = root.querySelector(`[data-testid="${testId}"]`);
  if (!node) throw new Error(`missing element [data-testid="${testId}"]`);
  return node;
}

/** Formats an ISO timestamp as local time (HH:MM:SS); falls back to the raw text. */
export function formatTime(iso) {
  if (typeof iso !== 'string' || iso === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** Formats an ISO timestamp as a full local date and time, for tooltips. */
export function formatDateTime(iso) {
  if (typeof iso !== 'string' || iso === '') return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** Milliseconds since the epoch of an ISO timestamp, or NaN. */
export function timeOf(iso) {
  return typeof iso === 'string' ? Date.parse(iso) : NaN;
}
