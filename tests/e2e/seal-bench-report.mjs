// Sealing in the browser, side by side with Hush Line's browser crypto: in one Chromium page,
// the child bundle's own sealing (`seal_written`: a message's envelope, padded to its 4 KiB
// bucket, sealed with the minimal age to 8 X25519 recipients) and openpgp.js 6 (4 KiB to 8
// curve25519 keys, as Hush Line encrypts), interleaved, 60 rounds each after a warm-up. The
// bundle's figure is given two ways: at Send, with the ephemeral key pairs made ahead
// (`prepare_seal`, as the page does while the child writes), and whole, making them included
// (what a page that made none ahead would wait). Twice:
// as a current browser runs it (X25519 by WebCrypto), and as an older one without X25519 in
// WebCrypto (the page's `generateKey` refuses X25519, so the bundle falls back to the curve in
// WASM). Prints the median and slowest time per seal, and checks that the age files open with
// the reference `age` tool. Run with `cargo xtask bench` (after `cargo xtask build`). Not a
// test: it prints figures.
import http from 'node:http';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, extname } from 'node:path';
import { tmpdir } from 'node:os';
import { launchChromium } from './harness.mjs';

const SITE = process.env.HEARD_SITE_ROOT ?? new URL('../../target/site', import.meta.url).pathname;
const pkg = readFileSync(join(SITE, 'site-files.txt'), 'utf8').match(/^pkg=(\w+)$/m)[1];
const files = {
  '/pkg/heard.js': join(SITE, 'pkg', pkg, 'heard.js'),
  '/pkg/heard_bg.wasm': join(SITE, 'pkg', pkg, 'heard_bg.wasm'),
  '/openpgp.mjs': new URL('./node_modules/openpgp/dist/openpgp.min.mjs', import.meta.url).pathname,
};
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
import init, { prepare_seal, seal_written } from '/pkg/heard.js';
import * as openpgp from '/openpgp.mjs';
window.bench = async (ageRecipients, rounds) => {
  await init({ module_or_path: '/pkg/heard_bg.wasm' });
  const keys = await Promise.all(Array.from({ length: 8 }, () =>
    openpgp.generateKey({ userIDs: [{ name: 'reviewer' }], format: 'object' })));
  const publicKeys = keys.map((k) => k.publicKey);
  const words = 'The food is cold and nobody listens. '.repeat(95).slice(0, 3500);
  const bytes = new Uint8Array(4096).map((_, i) => i % 251);
  const age = async () => (await seal_written(words, 'en', '', ageRecipients)).bytes;
  const pgp = async () => openpgp.encrypt({
    message: await openpgp.createMessage({ binary: bytes }), encryptionKeys: publicKeys, format: 'binary' });
  for (let i = 0; i < 5; i += 1) { await prepare_seal(); await age(); await pgp(); }
  const times = { age: [], whole: [], pgp: [] };
  let sample = { age: null, pgp: null };
  for (let i = 0; i < rounds; i += 1) {
    // Each seal takes the pairs it uses out of the pool: here the pool starts empty each time.
    await prepare_seal();
    let t = performance.now(); sample.age = await age(); times.age.push(performance.now() - t);
    t = performance.now(); await prepare_seal(); await age(); times.whole.push(performance.now() - t);
    t = performance.now(); sample.pgp = await pgp(); times.pgp.push(performance.now() - t);
  }
  return { times, ageFile: Array.from(sample.age), pgpBytes: sample.pgp.length };
};
window.ready = true;
</script>`;

const server = http.createServer((req, res) => {
  const file = files[req.url];
  if (req.url === '/') return res.end(PAGE);
  if (!file) { res.statusCode = 404; return res.end(); }
  res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const dir = mkdtempSync(join(tmpdir(), 'heard-seal-bench-'));
const identities = Array.from({ length: 8 }, (_, i) => {
  const file = join(dir, `key${i}.txt`);
  execFileSync('age-keygen', ['-o', file], { stdio: 'ignore' });
  return file;
});
const recipients = identities.map((f) => readFileSync(f, 'utf8').match(/public key: (age1\w+)/)[1]);
// What an older browser is: X25519 missing from WebCrypto (the bundle then falls back).
const NO_X25519 = () => {
  const generateKey = crypto.subtle.generateKey.bind(crypto.subtle);
  crypto.subtle.generateKey = (algorithm, ...rest) => (algorithm?.name === 'X25519'
    ? Promise.reject(new DOMException('not supported', 'NotSupportedError'))
    : generateKey(algorithm, ...rest));
};
const stat = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], slowest: sorted.at(-1) };
};
const browser = await launchChromium();
try {
  console.log('sealing 4 KiB to 8 recipients in Chromium (60 rounds each, interleaved)');
  for (const [label, older] of [['X25519 by WebCrypto', false], ['older browser: X25519 in WASM', true]]) {
    const page = await browser.newPage();
    if (older) await page.addInitScript(NO_X25519);
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.ready === true);
    const result = await page.evaluate(([r, n]) => window.bench(r, n), [recipients.join(' '), 60]);
    await page.close();
    const sealed = join(dir, 'sealed.age');
    writeFileSync(sealed, Buffer.from(result.ageFile));
    for (const identity of identities) execFileSync('age', ['--decrypt', '-i', identity, sealed]);
    const age = stat(result.times.age);
    const whole = stat(result.times.whole);
    const pgp = stat(result.times.pgp);
    console.log(`${label}:`);
    console.log(`  child bundle at Send (pairs made ahead): median ${age.median.toFixed(2)} ms, slowest ${age.slowest.toFixed(2)} ms, ${result.ageFile.length} bytes; opens with the age tool for all 8`);
    console.log(`  child bundle whole (pairs made too):     median ${whole.median.toFixed(2)} ms, slowest ${whole.slowest.toFixed(2)} ms`);
    console.log(`  openpgp.js 6.3.2 (curve25519):          median ${pgp.median.toFixed(2)} ms, slowest ${pgp.slowest.toFixed(2)} ms, ${result.pgpBytes} bytes`);
    console.log(`  ratio: at Send ${(age.median / pgp.median).toFixed(2)}, whole ${(whole.median / pgp.median).toFixed(2)} of openpgp.js's time`);
  }
} finally {
  await browser.close();
  server.close();
}
