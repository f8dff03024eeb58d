// Recent history: the last notifications of the log, shown when the dashboard loads.

export const HISTORY_SIZE = 50;
const MAX_LIMIT = 1000;

/**
 * The last `size` notifications visible at or before `newest` (a Notify-Seq), oldest first.
 * The log is read from `newest - window`: targeted notifications leave gaps in the seqs a reader
 * sees, so the window grows until it holds enough, reaches the start of the log or the API's
 * largest page. It may hold a few newer ones too; the feed shows each seq once.
 */
export async function recentNotifications(api, newest, size = HISTORY_SIZE) {
  for (let window = size; ; window = Math.min(MAX_LIMIT, window * 4)) {
    const since = Math.max(0, newest - window);
    const { data } = await api.listNotifications(since, window);
    const found = Array.isArray(data) ? data.filter((n) => n && typeof n.seq === 'number') : [];
    if (found.length >= size || since === 0 || window >= MAX_LIMIT) return found.slice(-size);
  }
}
