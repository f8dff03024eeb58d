// Snapshot then subscribe: load the lists and the recent history, join the stream at their
// Notify-Seq, apply changes live.

import { recentNotifications } from './history.js';
import { isRefusal } from './refusal.js';
import { backoffDelay, createStream, streamUrl } from './stream.js';

const RESYNC_EVENTS = new Set(['replay.truncated', 'replay.reset']);
const TASK_EVENTS = new Set(['task.created', 'task.updated']);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * api: the api.js module (or a fake); tasks/devices/feed: the list views;
 * setState(state): connection indicator; onError(error): a load failure to show;
 * onRecovered(): the loads work again; clientId(): the id to read as (asked at every connect);
 * onRefused(error, where): a 401 or 403 of the loads (`where` 'load') or of the live stream
 * ('stream'), after which nothing is retried until the next start (a new token).
 */
export function createLive({ api, tasks, devices, feed, setState, onError, onRecovered, onRefused,
  clientId, loc = globalThis.location, WebSocketImpl = globalThis.WebSocket, random = Math.random }) {
  let lastSeq = null; // newest seq seen: the stream resumes after it, nothing at or below is shown
  let tasksSeq = null; // Notify-Seq of the task snapshot: older task changes are already in it
  let devicesSeq = null; // the same for the device snapshot
  let generation = 0; // bumps on every (re)sync, so a late answer of an older one is dropped

  const stream = createStream({
    url: () => streamUrl(loc, clientId(), lastSeq, api.getToken()),
    onFrame: handleFrame,
    onState: setState,
    onDrop: ({ opened, code }) => {
      // refused at the handshake (or closed for policy): maybe the token, ask the API why
      if (!opened || code === 1008) probe();
    },
    WebSocketImpl,
    random,
  });

  function handleFrame(frame) {
    if (frame.topic === 'system') {
      if (frame.event === 'replay.reset') feed.clear(); // another log: its seqs start again
      if (RESYNC_EVENTS.has(frame.event)) sync('reconnecting');
      return;
    }
    const { seq } = frame;
    if (typeof seq !== 'number' || !Number.isFinite(seq)) return; // e.g. {"op":"pong"}
    if (lastSeq !== null && seq <= lastSeq) return; // already seen
    lastSeq = seq;
    feed.add(frame);
    const data = frame.data;
    if (frame.topic === 'tasks' && (tasksSeq === null || seq > tasksSeq)) {
      if (frame.event === 'task.deleted') {
        if (data && (typeof data.id === 'number' || typeof data.id === 'string')) tasks.remove(data.id);
      } else if (TASK_EVENTS.has(frame.event)) {
        tasks.upsert(data);
      }
    } else if (frame.topic === 'devices' && (devicesSeq === null || seq > devicesSeq)) {
      devices.upsert(data);
    }
  }

  function refused(error, where) {
    stream.stop('offline');
    onRefused?.(error, where);
  }

  /**
   * A browser learns nothing from a refused WebSocket handshake but that it failed; the log, read
   * as the same client with the same token, is refused for the same reason (401 or 403). Anything
   * else (the server is down, too many connections) leaves the stream to its backoff.
   */
  async function probe() {
    const mine = generation;
    try {
      await api.checkReadAccess(clientId());
    } catch (error) {
      if (mine === generation && isRefusal(error)) refused(error, 'stream');
    }
  }

  /**
   * Reloads both lists and the recent history, then (re)opens the stream at the snapshot's seq.
   * The history reaches at least as far as the snapshot, and the stream replays from it, so the
   * feed misses nothing between them; what both bring is shown once (the feed keeps each seq once).
   */
  async function sync(waitState) {
    const mine = ++generation;
    stream.stop(waitState);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const [taskAnswer, deviceAnswer] = await Promise.all([api.listTasks(), api.listDevices()]);
        if (mine !== generation) return;
        const seqs = [taskAnswer.seq, deviceAnswer.seq].filter((seq) => seq !== null);
        const history = seqs.length > 0 ? await recentNotifications(api, Math.max(...seqs)) : [];
        if (mine !== generation) return;
        tasks.setAll(taskAnswer.data);
        devices.setAll(deviceAnswer.data);
        history.forEach((notification) => feed.add(notification));
        tasksSeq = taskAnswer.seq;
        devicesSeq = deviceAnswer.seq;
        lastSeq = seqs.length > 0 ? Math.min(...seqs) : lastSeq;
        onRecovered?.();
        stream.start();
        return;
      } catch (error) {
        if (mine !== generation) return;
        if (isRefusal(error)) {
          refused(error, 'load');
          return;
        }
        onError?.(error);
        stream.stop('reconnecting');
        await sleep(backoffDelay(attempt, random));
        if (mine !== generation) return;
      }
    }
  }

  return {
    /** First load (or a reload after the token changed). */
    start: () => sync('connecting'),
    /** Reload the snapshot and rejoin, e.g. after replay.truncated / replay.reset. */
    resync: () => sync('reconnecting'),
    /** Skips a backoff wait, e.g. when the browser is back online. */
    retryNow: () => stream.retryNow(),
    stop() {
      generation += 1;
      stream.stop('offline');
    },
    get lastSeq() {
      return lastSeq;
    },
    get state() {
      return stream.state;
    },
  };
}
