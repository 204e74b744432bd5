// Where the browser's sealing does its curve work. A current Chromium has X25519 in WebCrypto:
// the bundle makes one agreement there per recipient (native code, non-extractable ephemeral
// keys, made ahead while the child writes) and seals the rest in WASM. An older browser without it (here: a page whose WebCrypto
// refuses X25519) falls back to the curve in WASM. Either way the file is age v1 that the
// reference `age` tool opens with the recovery key, and the words never travel in the clear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHeardAndChromium, waitForHydration, canary, shareIdea } from './harness.mjs';

const EN_LOCKED = 'locked before it leaves this device';
const suite = useHeardAndChromium();

/** Counts X25519 work asked of WebCrypto; with `refuse`, X25519 is missing, as in older browsers. */
function watchX25519(refuse) {
  const subtle = crypto.subtle;
  const generateKey = subtle.generateKey.bind(subtle);
  const deriveBits = subtle.deriveBits.bind(subtle);
  window.x25519 = { generated: 0, derived: 0, refused: 0, madeBeforeAgreeing: null };
  subtle.generateKey = (algorithm, ...rest) => {
    if (algorithm?.name !== 'X25519') return generateKey(algorithm, ...rest);
    if (refuse) {
      window.x25519.refused += 1;
      return Promise.reject(new DOMException('not supported', 'NotSupportedError'));
    }
    window.x25519.generated += 1;
    return generateKey(algorithm, ...rest);
  };
  subtle.deriveBits = (algorithm, ...rest) => {
    if (algorithm?.name === 'X25519') {
      window.x25519.madeBeforeAgreeing ??= window.x25519.generated;
      window.x25519.derived += 1;
    }
    return deriveBits(algorithm, ...rest);
  };
}

async function sendWatched(refuse) {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  await context.addInitScript(watchX25519, refuse);
  const page = await context.newPage();
  const recipients = [];
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname === '/api/recipients') {
      recipients.push(...(await response.json()).recipients);
    }
  });
  const puts = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT') puts.push(request.postDataBuffer());
  });
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, EN_LOCKED);
  const words = canary(refuse ? 'wasm-curve' : 'webcrypto-curve');
  await shareIdea(page, words);
  const counts = await page.evaluate(() => window.x25519);
  await context.close();
  const stored = suite.heard.decryptAll().filter((s) => s.envelope.text === words);
  assert.equal(stored.length, 1, 'the message arrived once and the age tool opens it');
  assert.equal(stored[0].envelope.sealed_in, 'browser');
  assert.equal(puts.length, 1);
  assert.ok(!puts[0].includes(Buffer.from(words)), 'only ciphertext travelled');
  return { counts, recipients };
}

test('a current browser agrees with every recipient in WebCrypto, once each', async () => {
  const { counts, recipients } = await sendWatched(false);
  assert.ok(recipients.length >= 1);
  assert.ok(recipients.length <= 8, 'a set the page makes pairs ahead for');
  assert.ok(counts.madeBeforeAgreeing >= recipients.length, 'the key pairs were made ahead');
  assert.equal(counts.derived, recipients.length, 'one agreement per recipient');
});

test('a browser without X25519 in WebCrypto still seals, with the curve in WASM', async () => {
  const { counts } = await sendWatched(true);
  assert.ok(counts.refused >= 1, 'WebCrypto was asked and refused');
  assert.equal(counts.derived, 0, 'nothing was agreed in WebCrypto');
});

/** Four readers with their own keys, made by the reference `age-keygen`. */
function fourReaders() {
  const dir = mkdtempSync(join(tmpdir(), 'heard-readers-'));
  return Array.from({ length: 4 }, (_, i) => {
    const file = join(dir, `reader${i}.txt`);
    execFileSync('age-keygen', ['-o', file], { stdio: 'ignore' });
    const recipient = readFileSync(file, 'utf8').match(/public key: (age1\w+)/)[1];
    return { file, recipient, dir };
  });
}

test('every reader opens a seal with their own key, and no ephemeral share repeats', async () => {
  const readers = fourReaders();
  for (const refuse of [false, true]) {
    const context = await suite.browser.newContext({ locale: 'en-US' });
    await context.addInitScript(watchX25519, refuse);
    const page = await context.newPage();
    await page.goto(suite.heard.childUrl);
    await waitForHydration(page, EN_LOCKED);
    const bundle = await page.locator('link[rel="modulepreload"]').getAttribute('href');
    // The bundle's own sealing, twice, as a written answer's page calls it: pairs made ahead
    // for both seals at once, so a pair used twice would show as a repeated share.
    const files = await page.evaluate(async ([href, keys]) => {
      const { prepare_seal: prepare, seal_written: seal } = await import(href);
      await prepare();
      const one = await seal('four readers', 'en', '', keys);
      const two = await seal('four readers', 'en', '', keys);
      return [Array.from(one.bytes), Array.from(two.bytes)];
    }, [bundle, readers.map((r) => r.recipient).join(' ')]);
    const counts = await page.evaluate(() => window.x25519);
    await context.close();
    assert.equal(counts.derived, refuse ? 0 : 8, 'the path under test was taken');
    const shares = [];
    for (const [n, bytes] of files.entries()) {
      const sealed = join(readers[0].dir, `sealed-${refuse}-${n}.age`);
      writeFileSync(sealed, Buffer.from(bytes));
      for (const reader of readers) {
        const plain = execFileSync('age', ['--decrypt', '-i', reader.file, sealed]).toString('utf8');
        assert.ok(plain.includes('four readers'), 'this reader opens it with their own key');
      }
      const header = Buffer.from(bytes).toString('latin1').split('\n---')[0];
      shares.push(...[...header.matchAll(/^-> X25519 (\S+)$/gm)].map((m) => m[1]));
    }
    assert.equal(shares.length, 8, 'one stanza per reader, in each of two files');
    assert.equal(new Set(shares).size, 8, 'every stanza has its own ephemeral share');
  }
});

