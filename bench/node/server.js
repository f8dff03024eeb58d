'use strict';
// The Node.js `ws` baseline of bench/compare.sh: the same wire surface the benchmark client uses, nothing
// more. POST /notify answers 202 with the envelope (and `recipients`) and broadcasts it in a plain loop as one
// text frame per connection; GET /ws/{client_id} upgrades (?topics=a,b filters as our server does, so the
// warm-up POSTs to an unsubscribed topic reach nobody here either); GET /observe/health answers 200.
// Run by bench/run.sh with SERVER=node, which installs `ws` into a scratch folder and sets NODE_PATH.
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
const subscribers = new Map(); // topic, or '*' for connections without a filter -> Set of sockets
let seq = 0;

function subscribe(ws, topics) {
  for (const topic of topics) {
    if (!subscribers.has(topic)) subscribers.set(topic, new Set());
    subscribers.get(topic).add(ws);
  }
  ws.on('close', () => topics.forEach((topic) => subscribers.get(topic).delete(ws)));
}

function broadcast(topic, frame) { // the frame's bytes are made once and shared, as our server does
  let recipients = 0;
  for (const key of ['*', topic]) {
    for (const ws of subscribers.get(key) || []) {
      if (ws.readyState === 1) { ws.send(frame, { binary: false }); recipients++; }
    }
  }
  return recipients;
}

const two = (n) => String(n).padStart(2, '0');
const seedDate = (d) => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;

function reply(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (req.method === 'GET' && path.startsWith('/observe/health')) return reply(res, 200, { status: 'UP' });
  if (req.method !== 'POST' || path !== '/notify') return reply(res, 404, { title: 'Not Found', status: 404 });
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let body;
    try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { body = null; }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return reply(res, 400, { title: 'Bad Request', status: 400 });
    }
    const now = new Date();
    const envelope = {
      id: randomUUID(), message: body.message ?? '', url: body.url ?? null, date: seedDate(now),
      type: body.type ?? 'INFO', seq: ++seq, timestamp: now.toISOString(), topic: body.topic ?? 'custom',
      event: 'custom', data: body.data ?? null,
    };
    const recipients = broadcast(envelope.topic, Buffer.from(JSON.stringify(envelope)));
    reply(res, 202, { ...envelope, recipients });
  });
});

server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith('/ws/')) return socket.destroy();
  const topics = url.searchParams.get('topics');
  wss.handleUpgrade(req, socket, head, (ws) => subscribe(ws, topics ? topics.split(',') : ['*']));
});

server.keepAliveTimeout = 0; // the benchmark keeps its POST connections open between phases, as our server allows
server.listen(Number(process.env.PORT || 5050), () => console.log(`ws baseline on port ${server.address().port}`));
