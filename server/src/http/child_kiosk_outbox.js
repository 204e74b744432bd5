// A kiosk's outbox: the service worker of a registered kiosk (never of a personal phone: only an
// active kiosk's start page registers it, and only an active kiosk's token serves it). When the
// network fails under a send that is already sealed, it keeps the send — the age file and the
// headers the server needs — and re-sends it, with the same id, once the network is back; the
// server stores an id once, so a send that did arrive before the line dropped is never doubled.
//
// The page is told 202 ("kept on this kiosk, it will be sent"), never "arrived": only the
// server's own answer says that. What it keeps is unreadable on the kiosk: the message was sealed
// in the page before the send, and so was its routing (the place named, "I am not safe", recording
// or story and its consents, the return code's token and the child's recipient), to the
// instance's outbox key (x-kiosk-routing). The clear routing headers and the proof of work are
// not kept: the kiosk vouches instead (x-kiosk-queue), since the session it was made for is
// wiped, and the server takes the routing only from the sealed copy. A send without a sealed
// routing is not kept at all (the page then says it did not arrive).
//
// A kept send is deleted only once the server stored it (2xx). Anything else — no answer, busy,
// or a refusal — keeps it for the next try: a refusal may pass (a database that was down), and
// what cannot pass is still the child's message, which nobody here can seal again.
'use strict';

const DB_NAME = 'heard-kiosk-outbox';
const STORE = 'sealed';
const SEND_PATH = /^\/api\/(submissions|stories)\/[0-9a-f]{32}$/;
const KEPT = ['content-type', 'accept-language', 'x-recipient-set', 'x-kiosk-routing'];
// A send that gets no answer in this time is kept: its id makes a late arrival harmless. A
// recording (up to 2 MiB) gets longer, as a slow line needs it: 30 s and a second per 20 KB.
const patience = (bytes) => 30000 + Math.ceil(bytes / 20);
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
  const body = await request.clone().arrayBuffer();
  try {
    return await fetch(request, { signal: AbortSignal.timeout(patience(body.byteLength)) });
  } catch (lost) {
    if (!request.headers.get('x-kiosk-routing')) throw lost;
    await keep(request, body);
    try { await self.registration.sync.register('heard-outbox'); } catch (unsupported) { /* the page asks */ }
    return new Response('{"kept":true}', {
      status: 202,
      headers: { 'content-type': 'application/json' },
    });
  }
}

async function keep(request, body) {
  const url = new URL(request.url);
  const headers = {};
  for (const name of KEPT) {
    const value = request.headers.get(name);
    if (value !== null) headers[name] = value;
  }
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
        signal: AbortSignal.timeout(patience(item.body.byteLength)),
      });
    } catch (stillDown) {
      return;
    }
    // Stored (201), or it had arrived (200): done. Anything else waits for the next try.
    if (response.ok) {
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
