// REST client: bearer token, Notify-Seq header, problem+json errors with the bearer challenge.

export const TOKEN_KEY = 'notify.token';

/**
 * The parameters of a `WWW-Authenticate: Bearer …` value (RFC 6750): `error` and `error_description`
 * of a refused token, or nulls for a bare challenge (no token was given) or none.
 */
export function parseChallenge(header) {
  const params = {};
  for (const [, name, value] of String(header ?? '').matchAll(/([A-Za-z_]+)="([^"]*)"/g)) params[name] = value;
  return { error: params.error ?? null, description: params.error_description ?? null };
}

/** An error answer (or a network failure, status 0) in RFC 9457 terms. */
export class ApiError extends Error {
  constructor(status, problem = {}, challenge = parseChallenge(null)) {
    const detail = typeof problem.detail === 'string' ? problem.detail : '';
    const title = typeof problem.title === 'string' && problem.title ? problem.title
      : status ? `HTTP ${status}` : 'Network error';
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = Array.isArray(problem.errors)
      ? problem.errors.filter((e) => e && typeof e === 'object')
        .map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? '') }))
      : [];
    /** From `WWW-Authenticate` on a 401/403: `invalid_token` or `insufficient_scope`, and why. */
    this.challenge = challenge;
  }
}

export function getToken() {
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function setToken(token) {
  const value = String(token ?? '').trim();
  try {
    if (value) globalThis.localStorage?.setItem(TOKEN_KEY, value);
    else globalThis.localStorage?.removeItem(TOKEN_KEY);
  } catch {
    // storage may be disabled (private mode); the token then lasts for this page only
  }
  return value;
}

/** Parses a Notify-Seq header value; null when absent or not a non-negative integer. */
export function parseSeq(value) {
  if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value)) return null;
  const seq = Number(value.trim());
  return Number.isSafeInteger(seq) ? seq : null;
}

/**
 * Sends one request. Resolves to {data, seq, status}; rejects with ApiError.
 * `seq` is the Notify-Seq header (null when the server did not send one).
 */
export async function request(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const init = { method, headers, cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new ApiError(0, {
      title: 'Network error',
      detail: `Cannot reach the server (${cause?.message || cause}).`,
    });
  }
  const text = await response.text().catch(() => '');
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  if (!response.ok) {
    const problem = data && typeof data === 'object' ? data
      : { title: response.statusText || `HTTP ${response.status}`,
          detail: typeof data === 'string' ? data.slice(0, 300) : '' };
    throw new ApiError(response.status, problem, parseChallenge(response.headers.get('WWW-Authenticate')));
  }
  return { data, seq: parseSeq(response.headers.get('Notify-Seq')), status: response.status };
}

const taskPath = (id) => `/tasks/${encodeURIComponent(String(id))}`;

export const listTasks = () => request('GET', '/tasks?limit=1000');
export const listDevices = () => request('GET', '/devices');
/** The log after `since`, oldest first, at most `limit` (1–1000) notifications. */
export const listNotifications = (since, limit) => request('GET', `/notifications?since=${since}&limit=${limit}`);
/**
 * Asks the log as `clientId` what the live stream would be told: a browser sees a refused
 * WebSocket handshake only as a failed connection, this read gets the same 401 or 403 with its reason.
 */
export const checkReadAccess = (clientId) => request('GET',
  `/notifications?client_id=${encodeURIComponent(clientId)}&limit=1`);
export const createTask = (name, status) => request('POST', '/tasks', { name, status });
export const renameTask = (id, name) => request('PUT', taskPath(id), { name });
export const setTaskStatus = (id, status) => request('PUT', taskPath(id), { status });
export const deleteTask = (id) => request('DELETE', taskPath(id));
