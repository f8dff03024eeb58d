// The task list: keyed rows updated in place (focus and inline edits survive live updates).

import { el, formatDateTime, timeOf } from './dom.js';

export const STATUSES = ['pending', 'in_progress', 'completed'];
const LABELS = { pending: 'Pending', in_progress: 'In progress', completed: 'Completed' };

/** True for something shaped like a task. */
export const isTask = (value) => Boolean(value) && typeof value === 'object'
  && ['number', 'string'].includes(typeof value.id) && typeof value.name === 'string'
  && typeof value.status === 'string';

export function statusOptions(selected) {
  const values = STATUSES.includes(selected) || !selected ? STATUSES : [...STATUSES, selected];
  return values.map((value) => el('option', { value, selected: value === selected,
    text: LABELS[value] ?? value }));
}

/**
 * Binds the list to `<ul data-testid="task-list">`. Actions are async callbacks that return the
 * updated task (or throw); the caller applies results through upsert/remove.
 */
export function createTaskList(list, { onRename, onStatus, onDelete, empty = null, counter = null }) {
  const rows = new Map(); // String(id) -> {node, task, parts}
  const deleted = new Set(); // ids removed locally: late updates must not bring them back

  const refresh = () => {
    if (empty) empty.hidden = rows.size > 0;
    if (counter) counter.textContent = String(rows.size);
  };

  const busy = (row, on) => {
    row.node.classList.toggle('busy', on);
    for (const control of row.node.querySelectorAll('button, select, input')) control.disabled = on;
  };

  async function act(row, action) {
    busy(row, true);
    try {
      return await action();
    } finally {
      if (rows.get(String(row.task.id)) === row) busy(row, false);
    }
  }

  function setEditing(row, on) {
    row.node.classList.toggle('editing', on);
    row.parts.form.hidden = !on;
    row.parts.name.hidden = on;
    row.parts.rename.hidden = on;
    if (on) {
      row.parts.input.value = row.task.name;
      row.parts.input.focus();
      row.parts.input.select();
    }
  }

  function fill(row) {
    const { task, parts } = row;
    row.node.dataset.status = task.status;
    parts.name.textContent = task.name;
    parts.name.title = `Double-click to rename · updated ${formatDateTime(task.updated_at)}`;
    if (![...parts.status.options].some((option) => option.value === task.status)) {
      parts.status.replaceChildren(...statusOptions(task.status));
    }
    parts.status.value = task.status;
    parts.status.setAttribute('aria-label', `Status of ${task.name}`);
    parts.rename.setAttribute('aria-label', `Rename ${task.name}`);
    parts.del.setAttribute('aria-label', `Delete ${task.name}`);
    parts.input.setAttribute('aria-label', `New name for ${task.name}`);
  }

  function build(task) {
    const parts = {};
    const row = { task, parts };
    parts.name = el('span', { class: 'task-name', 'data-testid': 'task-row-name',
      ondblclick: () => setEditing(row, true) });
    parts.input = el('input', { type: 'text', class: 'rename-input', 'data-testid': 'task-rename-input',
      autocomplete: 'off', onkeydown: (e) => { if (e.key === 'Escape') setEditing(row, false); } });
    parts.form = el('form', { class: 'rename-form', hidden: true, onsubmit: (e) => {
      e.preventDefault();
      if (parts.input.value.trim() === row.task.name) {
        setEditing(row, false);
        return;
      }
      act(row, () => onRename(row.task.id, parts.input.value)).then(() => setEditing(row, false), () => {
        parts.input.focus();
      });
    } }, parts.input,
    el('button', { type: 'submit', class: 'btn small primary', 'data-testid': 'task-rename-save', text: 'Save' }),
    el('button', { type: 'button', class: 'btn small', 'data-testid': 'task-rename-cancel', text: 'Cancel',
      onclick: () => setEditing(row, false) }));
    parts.status = el('select', { class: 'status-select', 'data-testid': 'task-row-status',
      onchange: () => act(row, () => onStatus(row.task.id, parts.status.value))
        .catch(() => { parts.status.value = row.task.status; }) });
    parts.rename = el('button', { type: 'button', class: 'btn small', 'data-testid': 'task-rename',
      text: 'Rename', onclick: () => setEditing(row, true) });
    parts.del = el('button', { type: 'button', class: 'btn small danger', 'data-testid': 'task-delete',
      text: 'Delete', onclick: () => act(row, () => onDelete(row.task.id)).catch(() => {}) });
    row.node = el('li', { class: 'task-row', 'data-testid': 'task-row', 'data-task-id': String(task.id) },
      el('div', { class: 'task-main' }, el('span', { class: 'task-id', text: `#${task.id}` }),
        parts.name, parts.form),
      el('div', { class: 'task-actions' }, parts.status, parts.rename, parts.del));
    fill(row);
    return row;
  }

  return {
    /** Replaces everything (a fresh snapshot). */
    setAll(tasks) {
      rows.clear();
      deleted.clear();
      const fresh = (Array.isArray(tasks) ? tasks : []).filter(isTask)
        .sort((a, b) => Number(a.id) - Number(b.id)).map(build);
      for (const row of fresh) rows.set(String(row.task.id), row);
      list.replaceChildren(...fresh.map((row) => row.node));
      refresh();
    },
    /** Adds or updates one task; ignores stale versions and tasks deleted meanwhile. */
    upsert(task) {
      if (!isTask(task) || deleted.has(String(task.id))) return;
      const row = rows.get(String(task.id));
      if (!row) {
        const fresh = build(task);
        const next = [...list.children].find((node) => Number(node.dataset.taskId) > Number(task.id));
        list.insertBefore(fresh.node, next ?? null);
        rows.set(String(task.id), fresh);
      } else if (!(timeOf(task.updated_at) < timeOf(row.task.updated_at))) {
        row.task = task;
        fill(row);
      }
      refresh();
    },
    remove(id) {
      const key = String(id);
      deleted.add(key);
      rows.get(key)?.node.remove();
      rows.delete(key);
      refresh();
    },
    get: (id) => rows.get(String(id))?.task,
    get size() {
      return rows.size;
    },
  };
}
