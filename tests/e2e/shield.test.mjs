// The retaliation shield in a real Chromium: a child names a facility; the reviewer affiliated
// with it is no recipient and never sees the case; an unaffiliated reviewer shares it (re-sealed
// in the browser) with a colleague who then reads it, and steps back from it (recusal) so it
// leaves their inbox. Afterwards the database and the log hold no address or user agent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  useHeardAndChromium, canary, waitForHydration, shareIdea, reviewerWithKey, unlockAgain, freshCode,
  workbenchReady,
} from './harness.mjs';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const suite = useHeardAndChromium();

test('a case naming a facility is shared, read by the new reader, and left by a recusal', async () => {
  // A 1×1 PNG stands in for a photo of the house.
  const picture = join(mkdtempSync(join(tmpdir(), 'heard-pic-')), 'north.png');
  writeFileSync(picture, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  suite.heard.cli('facilities', 'add', '--code', 'casa-norte', '--name', 'en=North House', '--name', 'es=Casa Norte', '--picture', picture);
  const ana = await reviewerWithKey(suite.browser, suite.heard, 'ana');
  const ben = await reviewerWithKey(suite.browser, suite.heard, 'ben');
  suite.heard.cli('affiliations', 'add', '--handle', 'ana', '--facility', 'casa-norte');

  const words = canary('about north house');
  const child = await suite.browser.newContext({ locale: 'en-US' });
  const childPage = await child.newPage();
  let userAgent = '';
  childPage.on('request', (r) => { userAgent = r.headers()['user-agent'] ?? userAgent; });
  await childPage.goto(suite.heard.childUrl);
  await waitForHydration(childPage, 'locked before it leaves this device');
  const shown = await childPage.locator('label.place img').evaluate((img) => img.complete && img.naturalWidth);
  assert.equal(shown, 1, 'the facility picture loads');
  await shareIdea(childPage, words, { place: 'North House' });
  await child.close();

  // Cris gets a key only now: the case was not sealed to her.
  const cris = await reviewerWithKey(suite.browser, suite.heard, 'cris');
  await workbenchReady(cris.page);
  assert.equal(await cris.page.locator('#cases .case-line').count(), 0);

  await unlockAgain(ben.page, ben.passphrase);
  const line = ben.page.locator('#cases .case-line', { hasText: words });
  await line.waitFor();
  // The team's queues count what the viewer holds: Ben's one open case, nobody's yet.
  await ben.page.locator('#team-queues summary').click();
  const benQueues = await ben.page.locator('#team-queues tbody tr').allInnerTexts();
  assert.deepEqual(benQueues.map((r) => r.split(/\s+/).join(' ')), ['nobody 1 1 0 0']);
  await line.click();
  await ben.page.locator('#case-text', { hasText: words }).waitFor();
  await ben.page.locator('#case-place', { hasText: 'casa-norte' }).waitFor();
  const offered = await ben.page.locator('#share-with option').allTextContents();
  assert.ok(offered.includes('cris'), `${offered}`);
  assert.ok(!offered.includes('ana'), 'nobody affiliated with the place is offered');
  await ben.page.locator('#share-with').selectOption('cris');
  // Sharing asks for a fresh code from Ben's own authenticator (step-up).
  await ben.page.getByRole('button', { name: 'Share', exact: true }).click();
  await ben.page.getByText(/That code is not right or was already used/).waitFor();
  await ben.page.getByLabel('A fresh code from your own authenticator app').fill(await freshCode(ben));
  await ben.page.getByRole('button', { name: 'Share', exact: true }).click();
  await ben.page.getByText('Shared.').waitFor();

  await unlockAgain(cris.page, cris.passphrase);
  await cris.page.locator('#cases .case-line', { hasText: words }).click();
  // Cris reads the copy Ben re-sealed for her, and is told whose copy it is.
  await cris.page.locator('#case-text', { hasText: words }).waitFor();
  await cris.page.locator('#case-copy', { hasText: 'ben' }).waitFor();

  await ben.page.getByRole('button', { name: 'I have a conflict: step back from this case' }).click();
  await ben.page.locator('#cases .case-line', { hasText: words }).waitFor({ state: 'detached' });
  await unlockAgain(ben.page, ben.passphrase);
  await workbenchReady(ben.page);
  assert.equal(await ben.page.getByText(words).count(), 0, 'the case left Ben\'s inbox');

  await unlockAgain(ana.page, ana.passphrase);
  await workbenchReady(ana.page);
  assert.equal(await ana.page.locator('#cases .case-line').count(), 0, 'Ana never sees it');
  await ana.page.locator('#team-queues summary').click();
  assert.equal(await ana.page.locator('#team-queues tbody tr').count(), 0, 'nor counts it');
  const shieldAxe = await new AxeBuilder({ page: ben.page }).withTags(axeTags).analyze();
  assert.deepEqual(shieldAxe.violations.map((v) => `${v.id}: ${v.help}`), []);

  // The affiliations page, where staff declare where they work.
  await ana.page.goto(`${suite.heard.consoleUrl}/affiliations`);
  await ana.page.getByRole('heading', { name: 'Your affiliations' }).waitFor();
  assert.match(await ana.page.locator('main').innerText(), /casa-norte/);
  const axe = await new AxeBuilder({ page: ana.page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);

  for (const { path, bytes } of suite.heard.filesToScan()) {
    for (const [what, secret] of [['words', words], ['user agent', userAgent]]) {
      assert.ok(!bytes.includes(Buffer.from(secret)), `the ${what} is in ${path}`);
    }
    assert.ok(!bytes.includes(Buffer.from('127.0.0.1')), `an address is in ${path}`);
  }
  for (const r of [ana, ben, cris]) await r.context.close();
});
