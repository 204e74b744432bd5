// A kiosk keeps sealed messages through an outage, in a real Chromium: the line drops under a
// send, the child is told the truth ("saved on this kiosk", never "arrived"), the kiosk's wipe
// keeps the kept message and nothing else, and when the line is back the message arrives once.
// A personal phone gets no service worker and keeps nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { useHeardAndChromium, waitForHydration, canary, reviewerWithKey } from './harness.mjs';

let kioskPath;
const suite = useHeardAndChromium({
  setup(heard) {
    const out = heard.cli('kiosks', 'add', '--label', 'Hall', '--child-url', heard.childUrl);
    kioskPath = new URL(out.split('\n').find((line) => line.includes('/kiosk/')).trim()).pathname;
  },
});

/**
 * The shelter's line: an HTTP proxy in front of heard's child site. `cutSends` cuts the
 * connection of every send (a PUT of a message) instead of passing it on, as a line that drops
 * mid-send does; `refuseKept` answers the outbox's deliveries with a refusal; everything else
 * passes.
 */
async function shelterLine(target) {
  const upstream = new URL(target);
  const line = { cutSends: false, cut: 0, refuseKept: false };
  line.server = http.createServer((req, res) => {
    if (line.cutSends && req.method === 'PUT' && req.url.startsWith('/api/submissions/')) {
      line.cut += 1;
      req.socket.destroy();
      return;
    }
    if (line.refuseKept && req.headers['x-kiosk-queue']) {
      res.writeHead(409, { 'content-type': 'application/json' });
      res.end('{"error":"recipients_changed","message":"refused"}');
      return;
    }
    const forward = http.request({
      host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers,
    }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
  });
  await new Promise((resolve) => line.server.listen(0, '127.0.0.1', resolve));
  line.origin = `http://127.0.0.1:${line.server.address().port}`;
  line.close = () => { line.server.closeAllConnections(); line.server.close(); };
  return line;
}

/** What the kiosk's outbox keeps, as the page can read it. */
const keptOnKiosk = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('heard-kiosk-outbox', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('sealed');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const all = open.result.transaction('sealed').objectStore('sealed').getAll();
    all.onsuccess = () => {
      open.result.close();
      resolve(all.result.map((item) => ({
        path: item.path,
        headers: item.headers,
        bytes: Array.from(new Uint8Array(item.body)),
      })));
    };
  };
}));

async function writeAnIdea(page, words) {
  await page.getByRole('button', { name: /An idea or what I think/ }).click();
  await page.getByRole('button', { name: 'I understand, start' }).click();
  await page.getByRole('textbox', { name: 'What is your idea?' }).fill(words);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
}

test('a send the line drops is kept sealed on the kiosk, survives the wipe and arrives once', async () => {
  const line = await shelterLine(suite.heard.childUrl);
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.goto(line.origin + kioskPath);
  await waitForHydration(page, 'locked before it leaves this device');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  const words = canary('outbox');
  await writeAnIdea(page, words);

  line.cutSends = true;
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'Saved on this kiosk' }).waitFor();
  assert.ok(line.cut >= 1, 'the send was cut on the line');
  assert.equal(await page.getByText('Your message arrived').filter({ visible: true }).count(), 0, 'never "arrived" before it did');
  assert.equal(suite.heard.decryptAll().length, 0, 'nothing has reached the server');

  const kept = await keptOnKiosk(page);
  assert.equal(kept.length, 1);
  const body = Buffer.from(kept[0].bytes);
  assert.equal(body.subarray(0, 21).toString('latin1'), 'age-encryption.org/v1', 'an age file');
  assert.ok(!body.includes(Buffer.from(words)), 'no plaintext in the outbox');
  // Nothing of the routing is kept in clear: not the place, not "I am not safe", not the code.
  for (const clear of ['x-place', 'x-urgent', 'x-voice', 'x-return-token', 'x-child-recipient', 'x-proof']) {
    assert.equal(kept[0].headers[clear], undefined, `${clear} is not kept`);
  }
  const routing = Buffer.from(kept[0].headers['x-kiosk-routing'], 'base64');
  assert.equal(routing.subarray(0, 21).toString('latin1'), 'age-encryption.org/v1', 'the routing is sealed');

  // The next child: Quick Exit wipes the kiosk, and the kept message stays.
  const wiped = page.waitForResponse((r) => r.url().includes('/exit?kiosk='));
  await page.getByRole('link', { name: 'Quick exit' }).click();
  assert.equal((await wiped).status(), 303);
  await page.waitForURL(line.origin + kioskPath);
  await waitForHydration(page, 'locked before it leaves this device');
  assert.deepEqual(await context.cookies(), [], 'the session is gone');
  assert.ok(!(await page.content()).includes(words), 'the words are not in the page');
  assert.equal((await keptOnKiosk(page)).length, 1, 'the wipe kept the sealed message');

  // A refusal does not lose it: the outbox keeps it for the next try.
  line.cutSends = false;
  line.refuseKept = true;
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(() => navigator.serviceWorker.controller.postMessage('flush'));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal((await keptOnKiosk(page)).length, 1, 'a refused delivery stays kept');
  assert.equal(suite.heard.decryptAll().length, 0);

  // The readers change while it waits (a new reviewer makes a key). The kiosk cannot seal it
  // afresh, so it goes to the readers it was sealed to, all still readers: the server takes it.
  const before = await (await fetch(new URL('/api/recipients', suite.heard.childUrl))).json();
  const newcomer = await reviewerWithKey(suite.browser, suite.heard, 'newcomer');
  await newcomer.context.close();
  const after = await (await fetch(new URL('/api/recipients', suite.heard.childUrl))).json();
  assert.notEqual(after.set_id, before.set_id, 'the readers changed while it was kept');

  // The line is back: the page asks the outbox to send (every 15 seconds), and it arrives once.
  line.refuseKept = false;
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const deadline = Date.now() + 40000;
  let stored = [];
  while (Date.now() < deadline) {
    stored = suite.heard.decryptAll();
    if (stored.length > 0 && (await keptOnKiosk(page)).length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  assert.equal(stored.length, 1, 'it arrived, once');
  assert.ok(JSON.stringify(stored[0].envelope).includes(words), 'the recovery key opens the child\'s words');
  assert.equal((await keptOnKiosk(page)).length, 0, 'the outbox is empty once it arrived');
  // Asked again, the outbox has nothing left to send twice.
  await page.evaluate(() => navigator.serviceWorker.controller.postMessage('flush'));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(suite.heard.decryptAll().length, 1);
  await context.close();
  line.close();
});

test('a personal phone gets no service worker and keeps nothing', async () => {
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, 'locked before it leaves this device');
  await writeAnIdea(page, canary('phone'));
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'Your message arrived' }).waitFor();
  assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);
  const stranger = await page.evaluate(async () => (await fetch(`/kiosk/${'0'.repeat(64)}/sw.js`)).status);
  assert.equal(stranger, 404, 'no outbox script without an active kiosk');
  await context.close();
});
