// A kiosk's outbox: the service worker of a registered kiosk (never of a personal phone: only an
// active kiosk's start page registers it, and only an active kiosk's token serves it). When the
// network fails under a send that is already sealed, it keeps the send — the age file and the
// headers the server needs — and re-sends it, with the same id, once the network is back; the
// server stores an id once, so a send that did arrive before the line dropped is never doubled.
//
// The page is told 202 ("kept on this kiosk, it will be sent"), never "arrived": only the
// server's own answer says that. What it keeps is ciphertext: the words were sealed in the page
// before the send. The return code's token is replaced by its SHA-256 (what the server stores),
// so the kiosk never holds what would open or take back the child's case. The proof of work is
// dropped: the kiosk vouches instead (x-kiosk-queue), since the session it was made for is wiped.
'use strict';

const DB_NAME = 'heard-kiosk-outbox';
const STORE = 'sealed';
const SEND_PATH = /^\/api\/(submissions|stories)\/[0-9a-f]{32}$/;
const KEPT = ['content-type', 'accept-language', 'x-recipient-set', 'x-place', 'x-voice',
  'x-urgent', 'x-story-terms', 'x-child-recipient'];
// A send that gets no answer in this time is kept: its id makes a late arrival harmless.
const PATIENCE_MS = 30000;
const kiosk = new URL(self.registration.scope).pathname.split('/')[2];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim().then(flush)));
self.addEventListener('message', (event) => {
  if (event.data === 'flush') event.waitUntil(flush());
});
self.addEventListener('sync', (event) => {
  if (event.tag === 'heard-outbox') event.waitUntil(flush());
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'PUT' || url.origin !== self.location.origin
    || !SEND_PATH.test(url.pathname)) return;
  event.respondWith(sendOrKeep(event.request));
});

async function sendOrKeep(request) {
  const copy = request.clone();
  try {
    return await fetch(request, { signal: AbortSignal.timeout(PATIENCE_MS) });
  } catch (lost) {
    await keep(copy);
    try { await self.registration.sync.register('heard-outbox'); } catch (unsupported) { /* the page asks */ }
    return new Response('{"kept":true}', {
      status: 202,
      headers: { 'content-type': 'application/json' },
    });
  }
}

async function keep(request) {
  const url = new URL(request.url);
  const headers = {};
  for (const name of KEPT) {
    const value = request.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const token = request.headers.get('x-return-token');
  if (token) headers['x-return-token-hash'] = await sha256Hex(token);
  const body = await request.arrayBuffer();
  await withStore('readwrite', (store) => store.put({ path: url.pathname, headers, body }, url.pathname));
}

let running = null;
function flush() {
  running = running || sendKept().finally(() => { running = null; });
  return running;
}

async function sendKept() {
  const waiting = await withStore('readonly', (store) => store.getAll());
  for (const item of waiting) {
    let response;
    try {
      response = await fetch(item.path, {
        method: 'PUT',
        headers: { ...item.headers, 'x-kiosk-queue': kiosk },
        body: item.body,
        credentials: 'omit',
        signal: AbortSignal.timeout(PATIENCE_MS),
      });
    } catch (stillDown) {
      return;
    }
    // Stored (201), or it had arrived (200). A refusal (4xx) can never succeed: the ciphertext
    // cannot be sealed again without the words, which are gone. A 5xx (busy) is tried later.
    if (response.status < 500) {
      await withStore('readwrite', (store) => store.delete(item.path));
    }
  }
}

function withStore(mode, work) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => { db.close(); resolve(request.result); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  });
}

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
