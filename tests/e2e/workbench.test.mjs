// The reviewer's workbench in a real Chromium, end to end: an invited reviewer enrols, makes
// their key in the browser (sealed to a key passphrase with age scrypt), a child sends a canary
// from the child site, the reviewer signs in with TOTP, unlocks, reads the canary, adds a sealed
// note and triages the case. The database, WAL and log never contain the canary, the note, the
// password, the passphrase or the unlocked identity; the browser keeps nothing in storage; the
// stored key is an age file that the reference `age` tool opens with the passphrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import {
  useHeardAndChromium, canary, waitForHydration, enrolInBrowser, signInBrowser,
  ageDecryptWithPassphrase, shareIdea, reviewerWithKey,
} from './harness.mjs';

const suite = useHeardAndChromium();

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

async function childSends(words) {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, 'locked before it leaves this device');
  await shareIdea(page, words);
  await context.close();
}

test('a reviewer makes a key, unlocks it and reads a child\'s canary; nothing leaks', async () => {
  const password = canary('password');
  const passphrase = canary('key passphrase');
  const words = canary('child words');
  const note = canary('internal note');
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const cspViolations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });

  const key = await enrolInBrowser(page, suite.heard.invite('vera', 'reviewer'), password);
  await signInBrowser(page, suite.heard.consoleUrl, 'vera', password, key);
  await page.getByRole('link', { name: 'Open the inbox' }).click();
  await page.getByRole('heading', { name: 'Make your key' }).waitFor({ timeout: 20000 });
  await page.getByLabel('Key passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Key passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Make and lock my key' }).click();
  await page.getByText('Your key is unlocked in this page.').waitFor({ timeout: 60000 });

  // The child writes after the key exists, so the words are sealed to it too.
  await childSends(words);

  // A new page load forgets the key: unlock again.
  await page.reload();
  await page.getByRole('heading', { name: 'Unlock your key' }).waitFor({ timeout: 20000 });
  await page.getByLabel('Key passphrase').fill('not the passphrase at all');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('alert').filter({ hasText: 'does not unlock your key' }).waitFor({ timeout: 60000 });
  await page.getByLabel('Key passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  const line = page.locator('#cases .case-line', { hasText: words });
  await line.waitFor({ timeout: 60000 });

  await line.click();
  await page.locator('#case-text', { hasText: words }).waitFor();
  await page.locator('#case-chosen', { hasText: 'The child chose: An idea or what I think' }).waitFor();
  await page.getByLabel('New internal note').fill(note);
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.locator('#notes', { hasText: note }).waitFor();
  await page.locator('#case-status').selectOption('acknowledged');
  await page.locator('#cases .case-line', { hasText: 'acknowledged' }).waitFor();
  await page.getByRole('button', { name: 'Escalate to a safeguarding lead' }).click();
  await page.locator('#cases .case-line', { hasText: 'escalated' }).waitFor();

  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);
  assert.deepEqual(cspViolations, []);

  // Nothing of the key in browser storage; the only cookie is the console session.
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0 });
  const cookies = (await context.cookies()).map((c) => c.name);
  assert.deepEqual(cookies, ['heard-console']);

  // The stored key: an armored age file with an scrypt stanza, opened by the reference tool.
  const stored_key = await page.evaluate(async () => (await fetch('/console/api/key')).json());
  assert.match(stored_key.encrypted_identity, /^-----BEGIN AGE ENCRYPTED FILE-----/);
  const identityFile = ageDecryptWithPassphrase(stored_key.encrypted_identity, passphrase);
  const identity = identityFile.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-1'));
  assert.ok(identity, 'age decrypts the stored key to an identity');
  const recipient = execFileSync('age-keygen', ['-y'], { input: `${identity}\n`, encoding: 'utf8' }).trim();
  assert.equal(recipient, stored_key.recipient);

  // Locking forgets: the words leave the page.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('heading', { name: 'Unlock your key' }).waitFor();
  assert.equal(await page.getByText(words).count(), 0);

  await page.goto(`${suite.heard.consoleUrl}`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  for (const { path, bytes } of suite.heard.filesToScan()) {
    for (const [what, secret] of [
      ['child words', words], ['note', note], ['password', password],
      ['key passphrase', passphrase], ['identity', identity],
    ]) {
      assert.ok(!bytes.includes(Buffer.from(secret)), `the ${what} is in ${path}`);
    }
  }
  await context.close();
});

test("the workbench speaks the reviewer's language, from the translations the page carries", async () => {
  const { context, page } = await reviewerWithKey(suite.browser, suite.heard, 'lucia');
  await page.goto(`${suite.heard.consoleUrl}/inbox?lang=es`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  // Drawn by the console bundle (English inside), so Spanish can only come from #heard-ftl.
  await page.getByRole('heading', { name: 'Desbloquee su clave' }).waitFor();
  await page.getByRole('button', { name: 'Desbloquear' }).waitFor();
  await context.close();
});
