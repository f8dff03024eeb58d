// WebSocket stream with reconnect (exponential backoff + jitter) and keep-alive pings.

export const CLIENT_ID_KEY = 'notify.clientId';
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9._~-]{1,64}$/;
export const PING_INTERVAL_MS = 25_000;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

/** This tab's client id: `dash-` + random hex, kept in sessionStorage (when it is usable). */
export function clientId(storage = globalThis.sessionStorage) {
  const kept = quietly(() => storage?.getItem(CLIENT_ID_KEY));
  if (kept && CLIENT_ID_PATTERN.test(kept)) return kept;
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  const id = `dash-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  quietly(() => storage?.setItem(CLIENT_ID_KEY, id));
  return id;
}

function quietly(action) {
  try {
    return action();
  } catch {
    return undefined; // storage disabled or socket already closed
  }
}

/** Delay before reconnect attempt `attempt` (0-based): 0.5 s doubling to 10 s, ±20 % jitter. */
export function backoffDelay(attempt, random = Math.random) {
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(attempt, 10));
  return Math.round(Math.min(MAX_DELAY_MS, base * (0.8 + 0.4 * random())));
}

/** ws(s)://host/ws/<clientId>?since=<seq>&token=<token> (parameters only when set). */
export function streamUrl(loc, id, since, token) {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws';
  const params = new URLSearchParams();
  if (since !== null && since !== undefined) params.set('since', String(since));
  if (token) params.set('token', token);
  const query = params.toString();
  return `${scheme}://${loc.host}/ws/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
}

/**
 * Creates a stream. Options:
 *  url()            builds the URL for each (re)connect (so `since` is always current)
 *  onFrame(object)  every parsed JSON frame
 *  onState(state)   'connecting' | 'live' | 'reconnecting' | 'offline'
 *  onDrop({code, reason, opened})  after a socket closed, before a reconnect is scheduled
 */
export function createStream({ url, onFrame, onState, onDrop, WebSocketImpl = globalThis.WebSocket,
  pingMs = PING_INTERVAL_MS, random = Math.random }) {
  let socket = null;
  let attempt = 0;
  let retryTimer = null;
  let pingTimer = null;
  let running = false;
  let state = 'offline';

  const setState = (next) => {
    if (next === state) return;
    state = next;
    onState?.(next);
  };
  const clearTimers = () => {
    clearTimeout(retryTimer);
    clearInterval(pingTimer);
    retryTimer = pingTimer = null;
  };
  const detach = () => {
    if (!socket) return;
    const old = socket;
    socket = null;
    old.onopen = old.onmessage = old.onclose = old.onerror = null;
    quietly(() => old.close(1000, 'client closing'));
  };

  function connect() {
    clearTimers();
    detach();
    setState(attempt === 0 && state !== 'reconnecting' ? 'connecting' : 'reconnecting');
    let ws;
    try {
      ws = new WebSocketImpl(url());
    } catch {
      dropped(null, { code: 1006, reason: 'cannot open socket' }, false);
      return;
    }
    socket = ws;
    let opened = false;
    ws.onopen = () => {
      if (socket !== ws) return;
      opened = true;
      attempt = 0;
      setState('live');
      pingTimer = setInterval(() => {
        if (socket === ws && ws.readyState === 1) ws.send('{"op":"ping"}');
      }, pingMs);
    };
    ws.onmessage = (event) => {
      if (socket !== ws || typeof event.data !== 'string') return;
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return; // not JSON: ignore
      }
      if (frame && typeof frame === 'object') onFrame?.(frame);
    };
    ws.onclose = (event) => dropped(ws, event, opened);
  }

  function dropped(ws, event, opened) {
    if (ws && socket !== ws) return;
    socket = null;
    clearTimers();
    if (!running) return;
    setState('reconnecting');
    onDrop?.({ code: event?.code ?? 1006, reason: event?.reason ?? '', opened });
    if (!running) return; // onDrop may have stopped us (e.g. a missing token)
    retryTimer = setTimeout(connect, backoffDelay(attempt++, random));
  }

  return {
    get state() {
      return state;
    },
    /** Opens the socket (again) now, with a fresh backoff. */
    start() {
      running = true;
      attempt = 0;
      connect();
    },
    /** Closes the socket and stops reconnecting; shows `nextState` meanwhile. */
    stop(nextState = 'offline') {
      running = false;
      clearTimers();
      detach();
      setState(nextState);
    },
    /** Skips a pending backoff wait (e.g. when the browser comes back online). */
    retryNow() {
      if (running && !socket) {
        attempt = 0;
        connect();
      }
    },
  };
}
