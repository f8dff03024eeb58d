// Entry module: wires the views, the REST calls and the live stream together.

import * as api from './api.js';
import { createDeviceList } from './devices.js';
import { byTestId } from './dom.js';
import { createFeed } from './feed.js';
import { createLive } from './live.js';
import { clientId } from './stream.js';
import { createTaskList } from './tasks.js';
import { createErrorBanner, createIndicator, createTokenForm } from './ui.js';

const banner = createErrorBanner();
const setState = createIndicator();
const $ = (selector) => document.querySelector(selector);

const tokenForm = createTokenForm({
  form: byTestId('token-form'),
  input: byTestId('token-input'),
  initial: api.getToken(),
  onSave(token) {
    api.setToken(token);
    banner.hide();
    live.start();
  },
});

function askForToken(error) {
  banner.show({
    status: 401,
    title: 'Authentication required',
    detail: `${error?.detail ? `${error.detail} ` : ''}Enter the access token and press Save.`,
  }, '', 'auth');
  tokenForm.ask();
}

/** Runs a REST action; shows its error (a 401 asks for the token) and rethrows. */
async function run(what, action, taskId) {
  try {
    const answer = await action();
    banner.clear('action');
    return answer;
  } catch (error) {
    if (error?.status === 401) askForToken(error);
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
  clientId: clientId(),
  onError: (error) => banner.show(error, 'Could not load the data', 'sync'),
  onRecovered: () => banner.clear('sync'),
  onAuthRequired: askForToken,
});

window.addEventListener('online', () => live.retryNow());
setState('connecting');
live.start();
