// Kiosk mode in a real Chromium: an admin registers a shared device; after a time without input
// the page asks "Are you still here?" (the child can extend), then wipes everything — no trace of
// the previous child's words in the DOM, storage, cookies or history. Every target is large.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useHeardAndChromium, waitForHydration, canary } from './harness.mjs';

let start;
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const suite = useHeardAndChromium({
  setup(heard) {
    const out = heard.cli('kiosks', 'add', '--label', 'North House, common room', '--child-url', heard.childUrl);
    start = out.split('\n').find((line) => line.includes('/kiosk/')).trim();
    const example = readFileSync(new URL('../../docs/examples/consultation.toml', import.meta.url), 'utf8');
    const file = join(heard.dataDir, '..', `${heard.dataDir.split('/').pop()}-kiosk-consultation.toml`);
    writeFileSync(file, example
      .replace(/^opens_on = .*$/m, `opens_on = "${day(-1)}"`)
      .replace(/^closes_on = .*$/m, `closes_on = "${day(20)}"`));
    heard.cli('consultations', 'add', file);
  },
});

test('the idle warning can be extended, and then the kiosk wipes every trace', async () => {
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(start);
  await waitForHydration(page, 'locked before it leaves this device');
  const historyBefore = await page.evaluate(() => history.length);
  const words = canary('kiosk');
  await page.getByRole('button', { name: /A worry/ }).click();
  await page.getByRole('button', { name: 'I understand, start' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#message').fill(words);
  await page.evaluate(() => sessionStorage.setItem('left', 'behind'));

  await page.clock.fastForward(119_000);
  assert.equal(await page.locator('#kiosk-warning').isVisible(), false, 'no warning before the idle time');
  await page.clock.fastForward(2_000);
  const warning = page.getByRole('alertdialog', { name: 'Are you still here?' });
  await warning.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'kiosk-stay');
  assert.equal(await page.locator('#kiosk-seconds').innerText(), '30', 'at least 20 seconds to react');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);
  await page.clock.runFor(25_000);
  await page.keyboard.press('Enter'); // "I am still here"
  await warning.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#message').inputValue(), words, 'extending keeps the words');

  await page.clock.fastForward(121_000);
  await warning.waitFor();
  const wiped = page.waitForResponse((r) => r.url().includes('/exit?kiosk='));
  await page.clock.runFor(31_000);
  assert.equal((await wiped).status(), 303, 'the wipe goes through /exit and back');
  await page.waitForURL(start);
  await waitForHydration(page, 'locked before it leaves this device');
  assert.ok(!(await page.content()).includes(words), 'the words are not in the DOM');
  assert.equal(await page.locator('#message').inputValue(), '');
  assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0, 'storage is empty');
  assert.deepEqual(await context.cookies(), [], 'the old session is gone with its cookie');
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'the wipe left no history entry');
  await context.close();
});

test('Quick Exit on a kiosk wipes at once and comes back to the start page', async () => {
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.goto(start);
  await waitForHydration(page, 'locked before it leaves this device');
  await page.getByRole('button', { name: /A complaint/ }).click();
  const wiped = page.waitForResponse((r) => r.url().includes('/exit?kiosk='));
  await page.getByRole('link', { name: 'Quick exit' }).click();
  assert.equal((await wiped).status(), 303);
  await page.waitForURL(start);
  await page.locator('#step-choose:not([hidden])').waitFor();
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('a consultation taken on a kiosk wipes itself when the child walks away', async () => {
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(start);
  await waitForHydration(page, 'locked before it leaves this device');
  // The start page names it; its pages carry the kiosk's wipe though they live outside its path.
  await page.locator('aside.consult-news a', { hasText: 'Food and free time' }).click();
  await page.waitForURL('**/consult/food-and-free-time?kiosk=*');
  await page.locator('form button[type=submit]').click();
  await page.waitForURL('**/consult/food-and-free-time/q/1');
  await page.locator('#choice-4').check();
  assert.equal(await page.locator('#kiosk').count(), 1, 'the kiosk marker on a server-rendered page');
  await page.clock.fastForward(121_000);
  await page.getByRole('alertdialog', { name: 'Are you still here?' }).waitFor();
  const wiped = page.waitForResponse((r) => r.url().includes('/exit?kiosk='));
  await page.clock.runFor(31_000);
  assert.equal((await wiped).status(), 303);
  await page.waitForURL(start);
  assert.deepEqual(await context.cookies(), [], 'the consultation\'s session is gone');
  // The next child starts afresh: the first question is not where the last child was.
  await page.goto(new URL('/consult/food-and-free-time/q/1', start).href);
  await page.waitForURL('**/consult/food-and-free-time');
  await context.close();
});

test('every target on every kiosk screen is at least 44 by 44 pixels', async () => {
  const context = await suite.browser.newContext({ locale: 'en', viewport: { width: 800, height: 1280 } });
  const page = await context.newPage();
  await page.goto(start);
  await waitForHydration(page, 'locked before it leaves this device');
  const small = async () => page.evaluate(() => [...document.querySelectorAll('button, a, label.tile, label.place, textarea')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 44 || box.height < 44)
    .map(({ el, box }) => `${el.tagName} ${el.textContent.trim().slice(0, 30)} ${Math.round(box.width)}x${Math.round(box.height)}`));
  assert.deepEqual(await small(), [], 'choose');
  await page.locator('button.kind-worry').click();
  for (;;) {
    const step = await page.locator('section.step:not([hidden])').getAttribute('id');
    assert.deepEqual(await small(), [], step);
    if (step === 'step-review') break;
    await page.locator('.step:not([hidden]) .step-nav button:not(.secondary)').click();
  }
  await context.close();
});

test('coming back on a kiosk stays in kiosk mode and wipes itself too', async () => {
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(start);
  await waitForHydration(page, 'locked before it leaves this device');
  await page.getByRole('link', { name: 'Come back with my pictures' }).click();
  await page.waitForURL(`${start}/back`);
  assert.equal(await page.locator('#kiosk').count(), 1, 'the page for coming back is a kiosk page');
  await page.getByRole('button', { name: 'dog', exact: true }).click();
  await page.clock.fastForward(121_000);
  await page.getByRole('alertdialog', { name: 'Are you still here?' }).waitFor();
  const wiped = page.waitForResponse((r) => r.url().includes('/exit?kiosk='));
  await page.clock.runFor(31_000);
  await wiped;
  await page.waitForURL(start);
  await context.close();
});

test('an unknown or revoked kiosk start page is a 404', async () => {
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  const wrong = `${new URL(start).origin}/kiosk/${'0'.repeat(64)}`;
  assert.equal((await page.goto(wrong)).status(), 404);
  const id = suite.heard.cli('kiosks', 'list').split('\t')[0];
  suite.heard.cli('kiosks', 'revoke', '--id', id);
  assert.equal((await page.goto(start)).status(), 404);
  await context.close();
});
