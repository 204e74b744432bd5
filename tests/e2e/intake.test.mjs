// The spine end to end: a child writes a canary in a real Chromium, with and without JavaScript;
// the database holds age ciphertext that the reference `age` tool decrypts to exactly the canary
// and the choices the child made; nothing of the words, the user agent or the address is in the
// database files or the log. (The guided flows screen by screen: `child-flows.test.mjs`.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHeardAndChromium, waitForHydration, canary, shareIdea } from './harness.mjs';

const EN_LOCKED = 'locked before it leaves this device';
const userAgent = canary('useragent');
const sentWords = [];

const suite = useHeardAndChromium();

async function newPage({ javaScriptEnabled = true, locale = 'en-US' } = {}) {
  const context = await suite.browser.newContext({ javaScriptEnabled, locale, userAgent });
  const page = await context.newPage();
  const cspViolations = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });
  return { context, page, cspViolations };
}

function findEnvelope(words) {
  const matches = suite.heard.decryptAll().filter((s) => s.envelope.text === words);
  assert.equal(matches.length, 1, `exactly one stored submission holds ${words}`);
  return matches[0];
}

test('with JavaScript, the browser seals the words and only ciphertext travels', async () => {
  const { context, page, cspViolations } = await newPage();
  const words = canary('javascript');
  sentWords.push(words);
  const bodies = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') bodies.push({ url: request.url(), body: request.postDataBuffer() });
  });
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, EN_LOCKED);
  await shareIdea(page, words);
  assert.equal(await page.locator('#message').inputValue(), '', 'the text area is cleared');

  assert.equal(bodies.length, 1, JSON.stringify(bodies.map((b) => b.url)));
  assert.match(bodies[0].url, /\/api\/submissions\/[0-9a-f]{32}$/);
  assert.ok(!bodies[0].body.includes(Buffer.from(words)), 'the words never left the browser in plaintext');
  assert.equal(bodies[0].body.subarray(0, 21).toString('latin1'), 'age-encryption.org/v1');

  const stored = findEnvelope(words);
  assert.equal(stored.envelope.sealed_in, 'browser');
  assert.equal(stored.envelope.kind, 'idea', 'what the child chose is sealed in with the words');
  assert.equal(stored.header, 'age-encryption.org/v1');
  assert.deepEqual(cspViolations, []);
  await context.close();
});

test('a lost response and a retry never make a duplicate', async () => {
  const { context, page } = await newPage();
  const words = canary('retry');
  sentWords.push(words);
  let attempts = 0;
  const ids = [];
  await page.route('**/api/submissions/*', async (route) => {
    attempts += 1;
    ids.push(route.request().url().split('/').pop());
    if (attempts === 1) {
      await route.fetch(); // the server commits it ...
      await route.abort('failed'); // ... and the answer is lost on the way back.
    } else {
      await route.continue();
    }
  });
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, EN_LOCKED);
  await page.getByRole('button', { name: /A worry/ }).click();
  await page.getByRole('button', { name: 'I understand, start' }).click();
  await page.getByRole('button', { name: 'Next' }).click(); // no feeling chosen: skipped
  await page.getByRole('textbox', { name: 'What is worrying you?' }).fill(words);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('alert').filter({ hasText: 'did not arrive yet' }).waitFor();
  assert.equal(await page.locator('#message').inputValue(), words, 'the words are still there');
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { name: 'Your message arrived' }).waitFor();
  assert.equal(attempts, 2);
  assert.equal(ids[0], ids[1], 'the retry carries the same id');
  findEnvelope(words); // asserts exactly one
  await context.close();
});

test('with JavaScript disabled, every screen is one form and the server seals on arrival', async () => {
  const { context, page } = await newPage({ javaScriptEnabled: false });
  const words = canary('nojs');
  sentWords.push(words);
  await page.goto(suite.heard.childUrl);
  assert.match(await page.locator('.locked-note').first().innerText(), /locked by our server the moment it arrives/);
  for (const id of ['step-choose', 'step-before', 'step-help', 'step-feelings', 'step-words', 'step-place', 'step-wish', 'step-review']) {
    assert.ok(await page.locator(`#${id}`).isVisible(), `${id} shows without JavaScript`);
  }
  await page.getByRole('radio', { name: 'A complaint' }).check();
  await page.getByRole('checkbox', { name: 'Sad' }).check();
  await page.getByRole('checkbox', { name: 'Scared' }).check();
  await page.getByRole('checkbox', { name: 'I want something to change' }).check();
  await page.getByRole('textbox', { name: 'Your message' }).fill(words);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForURL(/\/sent$/);
  await page.getByRole('heading', { name: 'Your message arrived' }).waitFor();
  const stored = findEnvelope(words);
  assert.equal(stored.envelope.sealed_in, 'server');
  assert.equal(stored.envelope.kind, 'complaint');
  assert.deepEqual(stored.envelope.feelings, ['sad', 'scared']);
  assert.deepEqual(stored.envelope.wishes, ['change']);
  await context.close();
});

test('the page speaks Spanish from Accept-Language, refuses an empty form in Spanish, and switches language', async () => {
  const { context, page } = await newPage({ locale: 'es-MX', javaScriptEnabled: false });
  const before = suite.heard.decryptAll().length;
  await page.goto(suite.heard.childUrl);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  const response = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/send')),
    page.getByRole('button', { name: 'Enviar' }).click(),
  ]).then(([r]) => r);
  assert.equal(response.status(), 400);
  await page.getByRole('alert').filter({ hasText: 'Todavía no hay nada para enviar' }).waitFor();
  assert.equal(suite.heard.decryptAll().length, before, 'nothing was stored');
  await page.goto(suite.heard.childUrl);
  // The picker is a <details> of plain links: it opens and switches without JavaScript.
  await page.locator('details.lang-switch summary').click();
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'What would you like to share?' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await context.close();
});

test('no words, user agent or address in the database files or the log', async () => {
  // Scanned while the server runs, so the WAL is still there (a clean stop checkpoints it away).
  assert.ok(sentWords.length >= 3);
  const scanned = suite.heard.filesToScan();
  assert.ok(scanned.some((f) => f.path.endsWith('.sqlite3') || f.path.startsWith('postgres:')),
    'the database is scanned');
  for (const { path, bytes } of scanned) {
    for (const needle of [...sentWords, userAgent]) {
      assert.ok(!bytes.includes(Buffer.from(needle)), `${needle} found in ${path}`);
    }
  }
  const log = scanned.find((f) => f.path === suite.heard.logFile).bytes.toString('utf8');
  assert.match(log, /heard::request/, 'the request log was written');
  const requestLines = log.split('\n').filter((line) => line.includes('heard::request'));
  assert.ok(requestLines.length > 5);
  assert.ok(!log.includes('127.0.0.1'), 'no address anywhere in the log');
  assert.ok(!/\d{4}-\d\d-\d\dT\d\d:\d\d/.test(log), 'log lines carry the day, not the time');
  assert.ok(!log.includes('HeadlessChrome') && !log.includes('Mozilla/'), 'no user agent in the log');
});
