// The device list with each device's online state, updated live.

import { el, formatDateTime, formatTime, timeOf } from './dom.js';

/** True for something shaped like a device. */
export function isDevice(value) {
  return Boolean(value) && typeof value === 'object'
    && (typeof value.id === 'number' || typeof value.id === 'string')
    && typeof value.online === 'boolean';
}

/** Binds the list to `<ul data-testid="device-list">`. */
export function createDeviceList(list, { empty = null, summary = null } = {}) {
  const rows = new Map(); // String(id) -> {node, device, parts}

  const refresh = () => {
    if (empty) empty.hidden = rows.size > 0;
    if (summary) {
      const online = [...rows.values()].filter((row) => row.device.online).length;
      summary.textContent = `${online} / ${rows.size} online`;
    }
  };

  function fill(row) {
    const { device, parts, node } = row;
    const state = device.online ? 'online' : 'offline';
    node.dataset.online = String(device.online);
    node.className = `device-row ${state}`;
    parts.name.textContent = typeof device.name === 'string' ? device.name : `Device ${device.id}`;
    parts.state.textContent = state;
    parts.time.textContent = formatTime(device.updated_at);
    parts.time.title = formatDateTime(device.updated_at);
    if (device.updated_at) parts.time.setAttribute('datetime', device.updated_at);
  }

  function build(device) {
    const parts = {
      name: el('span', { class: 'device-name', 'data-testid': 'device-row-name' }),
      state: el('span', { class: 'device-state', 'data-testid': 'device-row-state' }),
      time: el('time', { class: 'device-time' }),
    };
    const node = el('li', { 'data-testid': 'device-row', 'data-device-id': String(device.id) },
      el('span', { class: 'dot', 'aria-hidden': 'true' }), parts.name, parts.state, parts.time);
    const row = { node, device, parts };
    fill(row);
    return row;
  }

  return {
    /** Replaces everything (a fresh snapshot). */
    setAll(devices) {
      rows.clear();
      const fresh = (Array.isArray(devices) ? devices : []).filter(isDevice)
        .sort((a, b) => Number(a.id) - Number(b.id)).map(build);
      for (const row of fresh) rows.set(String(row.device.id), row);
      list.replaceChildren(...fresh.map((row) => row.node));
      refresh();
    },
    /** Adds or updates one device; an older version than the one shown is ignored. */
    upsert(device) {
      if (!isDevice(device)) return;
      const row = rows.get(String(device.id));
      if (!row) {
        const fresh = build(device);
        const id = Number(device.id);
        const after = [...list.children].find((node) => Number(node.dataset.deviceId) > id);
        list.insertBefore(fresh.node, after ?? null);
        rows.set(String(device.id), fresh);
      } else if (!(timeOf(device.updated_at) < timeOf(row.device.updated_at))) {
        row.device = { ...row.device, ...device };
        fill(row);
        row.node.classList.add('flash');
        setTimeout(() => row.node.classList.remove('flash'), 1200);
      }
      refresh();
    },
    get(id) {
      return rows.get(String(id))?.device;
    },
    get size() {
      return rows.size;
    },
  };
}
