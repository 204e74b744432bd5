// Test harness: a real `heard` binary on free ports with a fresh data directory, Debian's
// headless Chromium through playwright-core, and the reference `age` tool.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, openSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, createHmac } from 'node:crypto';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { deepEqual } from 'node:assert/strict';
import { before, after } from 'node:test';

const HEARD = process.env.HEARD_BIN ?? 'target/debug/heard';
const SITE_ROOT = process.env.HEARD_SITE_ROOT ?? 'target/site';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const canary = (tag) => `canary ${tag} ${randomBytes(8).toString('hex')}`;

/** `n` distinct free ports: each is held open until all are found, so none comes twice. */
async function freePorts(n) {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  })));
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/**
 * With `HEARD_E2E_POSTGRES` set to a PostgreSQL server's URL (`cargo xtask test` sets it for a
 * second run of some files), each heard gets a fresh database there (`heard_t_e2e_…`, dropped
 * at its stop) instead of SQLite in its data directory.
 */
const POSTGRES = process.env.HEARD_E2E_POSTGRES;

/** A fresh database on `POSTGRES`: its URL and name. */
function freshPostgres() {
  const name = `heard_t_e2e_${randomBytes(6).toString('hex')}`;
  execFileSync('psql', [POSTGRES, '-q', '-c',
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`]);
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

/** Every table's live rows as PostgreSQL's binary COPY writes them (text and bytes as stored). */
function postgresRows(url) {
  const tables = execFileSync('psql', [url, '-At', '-c',
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"],
  { encoding: 'utf8' }).split('\n').filter(Boolean);
  const copies = tables.flatMap((t) => ['-c', `COPY "${t}" TO STDOUT (FORMAT binary)`]);
  return execFileSync('psql', [url, '-q', ...copies], { maxBuffer: 256 * 1024 * 1024 });
}

/** Starts heard with a fresh recovery key. Returns urls, the identity, and helpers. */
export async function startHeard({ extraArgs = [] } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-e2e-'));
  const database = POSTGRES ? freshPostgres() : null;
  // Every heard command of this instance (serve, the CLI) on the same database.
  const env = database ? { ...process.env, HEARD_DATABASE_URL: database.url } : process.env;
  const init = execFileSync(HEARD, ['recovery', 'init', '--data-dir', dataDir], { encoding: 'utf8', env });
  const identity = init.split('\n').find((line) => line.startsWith('AGE-SECRET-KEY-1'));
  if (!identity) throw new Error(`no identity printed by recovery init:\n${init}`);
  const logFile = join(dataDir, '..', `${dataDir.split('/').pop()}.log`);
  const log = openSync(logFile, 'w');
  const [childPort, consolePort] = await freePorts(2);
  const child = spawn(HEARD, [
    'serve', '--data-dir', dataDir, '--site-root', SITE_ROOT,
    '--child-addr', `127.0.0.1:${childPort}`, '--console-addr', `127.0.0.1:${consolePort}`,
    '--operator-addr', '127.0.0.1:0',
    ...extraArgs,
  ], { env: { ...env, HEARD_LOG: 'debug' }, stdio: ['ignore', 'pipe', log] });
  const urls = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const c = out.match(/Child site: (\S+)/);
      const k = out.match(/Console:\s+(\S+)/);
      if (c && k) resolve({ childUrl: c[1], consoleUrl: k[1] });
    });
    child.once('exit', (code) => reject(new Error(`heard exited with ${code}; log: ${readFileSync(logFile, 'utf8')}`)));
  });
  return {
    ...urls,
    dataDir,
    logFile,
    identity,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (database) {
        execFileSync('psql', [POSTGRES, '-q', '-c', `DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`]);
      }
    },
    /** Runs an admin command of the `heard` CLI on this instance's data; returns its output. */
    cli(...args) {
      return execFileSync(HEARD, [...args, '--data-dir', dataDir], { encoding: 'utf8', env });
    },
    /** Invites a console account with the CLI; returns the one-time enrolment link. */
    invite(handle, role) {
      const out = execFileSync(HEARD, [
        'accounts', 'invite', '--data-dir', dataDir, '--handle', handle, '--role', role,
        '--console-url', new URL(urls.consoleUrl).origin,
      ], { encoding: 'utf8', env });
      const link = out.split('\n').find((line) => line.includes('/console/enrol/'));
      if (!link) throw new Error(`no link printed:\n${out}`);
      return link.trim();
    },
    /** Every stored submission, decrypted by the reference age tool with the recovery key. */
    decryptAll() {
      const out = mkdtempSync(join(tmpdir(), 'heard-export-'));
      execFileSync(HEARD, ['submissions', 'export', '--data-dir', dataDir, '--dir', out], { env });
      const key = join(out, 'recovery.key');
      writeFileSync(key, `${identity}\n`, { mode: 0o600 });
      return readdirSync(out)
        .filter((name) => name.endsWith('.age'))
        .map((name) => {
          const file = join(out, name);
          const header = readFileSync(file).subarray(0, 21).toString('latin1');
          const plain = execFileSync('age', ['--decrypt', '--identity', key, file]);
          return { name, header, size: statSync(file).size, envelope: JSON.parse(plain.toString('utf8')) };
        });
    },
    /**
     * Files of the data directory (database, WAL, shared memory) and the server's log; on
     * PostgreSQL also every table's live rows (as `postgres:<database>`).
     */
    filesToScan() {
      const files = readdirSync(dataDir).map((name) => join(dataDir, name));
      const scanned = [...files, logFile].map((path) => ({ path, bytes: readFileSync(path) }));
      if (database) scanned.push({ path: `postgres:${database.name}`, bytes: postgresRows(database.url) });
      return scanned;
    },
    /** Whether this instance's data is on PostgreSQL. */
    onPostgres: Boolean(database),
  };
}

export async function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // A fake microphone (a beeping tone) that needs no prompt, for the voice tests.
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    ],
  });
}

/**
 * One heard and one Chromium for the whole test file: started in a `before` hook and stopped in
 * an `after` hook. `options` go to `startHeard`; `setup(heard)`, if given, runs once heard is up
 * and before Chromium starts, for what a file's tests need in the data (help contacts, kiosks).
 * It is an option and not a second `before` in the file because Node runs a top-level `before`
 * as soon as it is registered, so two of them would run at the same time. The returned `heard`
 * and `browser` are getters, read when a test runs: neither exists while the file is loading.
 */
export function useHeardAndChromium({ setup, ...options } = {}) {
  let heard;
  let browser;
  before(async () => {
    heard = await startHeard(options);
    await setup?.(heard);
    browser = await launchChromium();
  });
  after(async () => {
    // The browser first, while heard still answers its pages; either is missing when the
    // `before` hook failed part way.
    await browser?.close();
    await heard?.stop();
  });
  return {
    get heard() { return heard; },
    get browser() { return browser; },
  };
}

/** The page has hydrated when the note about where words are locked switches to the browser. */
export async function waitForHydration(page, lockedNote) {
  await page.locator('.locked-note', { hasText: lockedNote }).first().waitFor({ timeout: 15000 });
}

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) for a base32 key, as an authenticator app computes it. */
export function totpCode(base32Key, unixSeconds = Date.now() / 1000) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...base32Key.replace(/=+$/, '')]
    .map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0'))
    .join('');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).toString().padStart(6, '0');
}

/** Enrols through the one-time link in the browser; returns the authenticator key. */
export async function enrolInBrowser(page, link, password) {
  await page.goto(link);
  const key = (await page.locator('.totp-key').innerText()).trim();
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByLabel('Six-digit code').fill(totpCode(key));
  await page.getByRole('button', { name: 'Finish setting up' }).click();
  await page.getByRole('heading', { name: 'Your account is ready' }).waitFor();
  return key;
}

/** Signs in with the next TOTP code (the current one was used at enrolment); returns its step. */
export async function signInBrowser(page, consoleUrl, handle, password, key) {
  await page.goto(`${consoleUrl}/login`);
  await page.getByLabel('Handle').fill(handle);
  await page.getByLabel('Password').fill(password);
  const at = Date.now() / 1000 + 30;
  await page.getByLabel('Six-digit code').fill(totpCode(key, at));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText('Signed in as').waitFor();
  return Math.floor(at / 30);
}

/**
 * A code for a step-up (a sensitive action asks for a fresh second factor): one of a later step
 * than any used so far, waiting for the clock where needed (each code works once).
 */
export async function freshCode(who) {
  while (Math.floor(Date.now() / 1000 / 30) < who.usedStep) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const at = Date.now() / 1000 + 30;
  who.usedStep = Math.floor(at / 30);
  return totpCode(who.key, at);
}

/**
 * The reference `age` tool decrypts a passphrase-sealed file (age prompts on a terminal, so a
 * small Python pseudo-terminal types the passphrase). Returns the plaintext.
 */
export function ageDecryptWithPassphrase(armored, passphrase) {
  const dir = mkdtempSync(join(tmpdir(), 'heard-key-'));
  const file = join(dir, 'identity.age');
  writeFileSync(file, armored, { mode: 0o600 });
  return execFileSync('python3', ['tests/e2e/age-passphrase.py', file], {
    input: `${passphrase}\n`, encoding: 'utf8', timeout: 60000,
  });
}

/**
 * A reviewer in their own browser context: invited, enrolled, signed in, key made in the browser
 * and unlocked on the inbox page (a story editor: on `/stories`). Returns the context, the page,
 * the key passphrase, the authenticator key and the last TOTP step used (for `freshCode`).
 */
export async function reviewerWithKey(browser, heard, handle, role = 'reviewer', home = '/inbox') {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const password = `password of ${handle} ${randomBytes(4).toString('hex')}`;
  const passphrase = `key passphrase of ${handle} ${randomBytes(4).toString('hex')}`;
  const key = await enrolInBrowser(page, heard.invite(handle, role), password);
  const usedStep = await signInBrowser(page, heard.consoleUrl, handle, password, key);
  await page.goto(`${heard.consoleUrl}${home}`);
  await page.getByLabel('Key passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Key passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Make and lock my key' }).click();
  await page.getByText('Your key is unlocked in this page.').waitFor({ timeout: 60000 });
  return { context, page, passphrase, key, usedStep };
}

/**
 * Waits until the workbench has fetched, decrypted and listed every case the reviewer holds
 * (before it, an empty list proves nothing).
 */
export async function workbenchReady(page) {
  await page.locator('#cases[data-ready-ms]').waitFor({ state: 'attached', timeout: 60000 });
}

/** Reloads the inbox and unlocks the key again (a page load forgets it). */
export async function unlockAgain(page, passphrase) {
  await page.reload();
  await page.getByLabel('Key passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText('Your key is unlocked in this page.').waitFor({ timeout: 60000 });
}

/**
 * A child shares an idea through the guided flow (English page, hydrated): choose "An idea",
 * pass the honest screen, write, perhaps name a place, review, send. Returns when it arrived.
 */
export async function shareIdea(page, words, { place } = {}) {
  await page.getByRole('button', { name: /An idea or what I think/ }).click();
  await page.getByRole('button', { name: 'I understand, start' }).click();
  await page.getByRole('textbox', { name: 'What is your idea?' }).fill(words);
  await page.getByRole('button', { name: 'Next' }).click();
  if (place) await page.getByLabel(place).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'Your message arrived' }).waitFor();
}

/**
 * Stands in the browser's speech synthesis with `voices` ({ lang, name, localService }); what is
 * spoken is collected in `window.spoken` ({ text, lang, voice }).
 */
export async function fakeVoices(context, voices) {
  await context.addInitScript((list) => {
    window.spoken = [];
    const fake = {
      getVoices: () => list,
      cancel() {},
      speak(u) { window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }); },
      onvoiceschanged: null,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  }, voices);
}

/** axe-core with the WCAG 2.2 AA rules: asserts no violation on `page`, naming `where`. */
export async function noAxeViolations(page, where) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  deepEqual(result.violations.map((v) => `${where}: ${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

/**
 * A slow phone, as the benchmarks measure it: the network of `page` limited to 1.6 Mbit/s down,
 * 750 kbit/s up and 150 ms latency, its CPU slowed 4×. Returns the CDP session (Network enabled),
 * for counting what travels.
 */
export async function slowPhone(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}
