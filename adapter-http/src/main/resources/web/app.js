// Entry module: wires the views, the REST calls and the live stream together.

import * as api from './api.js';
import { createDeviceList } from './devices.js';
import { byTestId } from './dom.js';
import { createFeed } from './feed.js';
import { identityOf } from './identity.js';
import { createLive } from './live.js';
import { isRefusal, refusalMessage } from './refusal.js';
import { clientId } from './stream.js';
import { createTaskList } from './tasks.js';
import { createErrorBanner, createIdentityBadge, createIndicator, createTokenForm } from './ui.js';

const banner = createErrorBanner();
const setState = createIndicator();
const showIdentity = createIdentityBadge();
const $ = (selector) => document.querySelector(selector);

const ownClientId = clientId(); // this tab's id, used unless a signed token names the client
let identity = identityOf(api.getToken(), ownClientId);
showIdentity(identity);

const tokenForm = createTokenForm({
  form: byTestId('token-form'),
  input: byTestId('token-input'),
  initial: api.getToken(),
  onSave(token) {
    identity = identityOf(api.setToken(token), ownClientId);
    showIdentity(identity);
    banner.hide();
    feed.clear(); // what was shown to the previous identity is not necessarily this one's
    live.start();
  },
});

/** Shows a 401 or 403 with the server's reason; `ask` draws attention to the token field. */
function showRefusal(error, what, source, ask) {
  banner.show(refusalMessage(error, identity), what, source);
  if (ask) tokenForm.ask();
}

const REFUSED = { load: 'Cannot load the dashboard', stream: 'Live stream refused' };

/** Runs a REST action; shows its error (a 401 also asks for the token) and rethrows. */
async function run(what, action, taskId) {
  try {
    const answer = await action();
    banner.clear('action');
    return answer;
  } catch (error) {
    if (isRefusal(error)) showRefusal(error, what, 'action', error.status === 401);
    else banner.show(error, what, 'action');
    if (error?.status === 404 && taskId !== undefined) tasks.remove(taskId); // gone meanwhile
    throw error;
  }
}

const tasks = createTaskList(byTestId('task-list'), {
  empty: $('#tasks-empty'),
  counter: $('#tasks-count'),
  async onRename(id, name) {
    const { data } = await run('Could not rename the task', () => api.renameTask(id, name), id);
    tasks.upsert(data);
    return data;
  },
  async onStatus(id, status) {
    const { data } = await run('Could not change the status', () => api.setTaskStatus(id, status), id);
    tasks.upsert(data);
    return data;
  },
  async onDelete(id) {
    await run('Could not delete the task', () => api.deleteTask(id), id);
    tasks.remove(id);
  },
});

const devices = createDeviceList(byTestId('device-list'), {
  empty: $('#devices-empty'),
  summary: $('#devices-summary'),
});

const feed = createFeed(byTestId('feed'), { empty: $('#feed-empty'), counter: $('#feed-count') });
$('#feed-clear')?.addEventListener('click', () => feed.clear());

const form = byTestId('task-form');
const nameInput = byTestId('task-name-input');
const statusSelect = byTestId('task-status-select');
const submit = byTestId('task-submit');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  submit.disabled = true;
  try {
    const { data } = await run('Could not create the task',
      () => api.createTask(nameInput.value, statusSelect.value));
    tasks.upsert(data);
    nameInput.value = '';
  } catch {
    // shown in the banner
  } finally {
    submit.disabled = false;
    nameInput.focus();
  }
});

const live = createLive({
  api,
  tasks,
  devices,
  feed,
  setState,
  clientId: () => identity.clientId,
  onError: (error) => banner.show(error, 'Could not load the data', 'sync'),
  onRecovered: () => banner.clear('sync'),
  onRefused: (error, where) => showRefusal(error, REFUSED[where], 'auth', true),
});

window.addEventListener('online', () => live.retryNow());
setState('connecting');
live.start();
