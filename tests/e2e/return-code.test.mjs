// The return code end to end in a real Chromium: a child sends and gets eight named pictures; a
// reviewer replies from a template, sealed in the reviewer's browser; the child comes back on
// another device with the pictures, reads the reply (opened in the browser), adds a message, and
// takes it all back. A wrong code reveals nothing and a session gets five tries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import {
  useHeardAndChromium, canary, waitForHydration, shareIdea, reviewerWithKey, unlockAgain,
} from './harness.mjs';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const suite = useHeardAndChromium();

async function axe(page, where) {
  const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(result.violations.map((v) => `${where}: ${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

/** Enters a code on /back by choosing each picture by its name, and presses Open. */
async function enterCode(page, names) {
  for (const name of names) await page.getByRole('button', { name, exact: true }).click();
  await page.locator('#back-open').click();
}

test('send, reply, come back with the pictures, read, add, take back', async () => {
  const ana = await reviewerWithKey(suite.browser, suite.heard, 'ana');
  const words = canary('child asks for help');
  const child = await suite.browser.newContext({ locale: 'en-US' });
  const page = await child.newPage();
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, 'locked before it leaves this device');
  const sendStart = Date.now();
  await shareIdea(page, words);
  const sendMs = Date.now() - sendStart;
  const names = await page.locator('#code-card .code-slots .pic-name').allInnerTexts();
  assert.equal(names.length, 8, 'eight named pictures');
  await page.getByRole('heading', { name: 'Your secret pictures' }).waitFor();
  await axe(page, 'code card');
  await child.close();
  console.log(`child send with its return code (Argon2id in Chromium included): ${sendMs} ms`);

  await unlockAgain(ana.page, ana.passphrase);
  await ana.page.locator('#cases .case-line', { hasText: words }).click();
  await ana.page.locator('#reply-template').selectOption('thanks');
  const template = await ana.page.locator('#reply-text').inputValue();
  assert.match(template, /Thank you for telling us/);
  const answer = canary('our answer');
  await ana.page.locator('#reply-text').fill(`${template} ${answer}`);
  await ana.page.getByRole('button', { name: 'Send reply' }).click();
  await ana.page.getByText('Reply sent.').waitFor();

  const again = await suite.browser.newContext({ locale: 'en-US' });
  const back = await again.newPage();
  await back.goto(new URL('/back', suite.heard.childUrl).href);
  await waitForHydration(back, 'locked before it leaves this device').catch(() => {});
  await back.getByRole('heading', { name: 'Come back with your secret pictures' }).waitFor();
  await axe(back, 'picture pad');
  const openStart = Date.now();
  await enterCode(back, names);
  await back.locator('#back-status', { hasText: 'Someone has read your message.' }).waitFor({ timeout: 30000 });
  console.log(`opening with the pictures (Argon2id in Chromium, lookup, decrypting): ${Date.now() - openStart} ms`);
  await back.locator('#back-messages', { hasText: answer }).waitFor();
  await axe(back, 'open case');

  const added = canary('the child adds');
  await back.getByLabel('Add something to your message').fill(added);
  await back.getByRole('button', { name: 'Send' }).click();
  await back.getByText('It arrived. Thank you.').waitFor();
  await back.locator('#back-messages', { hasText: added }).waitFor();

  await unlockAgain(ana.page, ana.passphrase);
  await ana.page.locator('#cases .case-line', { hasText: words }).click();
  await ana.page.locator('#messages', { hasText: added }).waitFor();

  await back.getByRole('button', { name: 'Take my message back' }).click();
  await back.getByRole('button', { name: 'Yes, take it back' }).click();
  await back.locator('#back-status', { hasText: 'taken back and deleted' }).waitFor();
  assert.ok(!suite.heard.decryptAll().some((s) => s.envelope.text === words), 'the message is gone');
  for (const { path, bytes } of suite.heard.filesToScan()) {
    for (const needle of [words, answer, added]) {
      assert.ok(!bytes.includes(Buffer.from(needle)), `${needle} found in ${path}`);
    }
  }
  await again.close();
  await ana.context.close();
});

test('a wrong code says only "not found", and a session gets five tries', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(new URL('/back', suite.heard.childUrl).href);
  await page.getByRole('heading', { name: 'Come back with your secret pictures' }).waitFor();
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await enterCode(page, ['dog', 'cat', 'fish', 'bird', 'horse', 'cow', 'rabbit', 'turtle']);
    await page.getByRole('alert').filter({ hasText: 'We could not find a message with these pictures' }).waitFor();
    for (let i = 0; i < 8; i += 1) await page.getByRole('button', { name: 'Remove the last picture' }).click();
  }
  await enterCode(page, ['dog', 'cat', 'fish', 'bird', 'horse', 'cow', 'rabbit', 'turtle']);
  await page.getByRole('alert').filter({ hasText: 'You have tried many times' }).waitFor();
  await context.close();
});

test('the picture pad speaks Arabic, right to left, with no WCAG violation', async () => {
  const context = await suite.browser.newContext({ locale: 'ar' });
  const page = await context.newPage();
  await page.goto(new URL('/back?lang=ar', suite.heard.childUrl).href);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.ok(await page.getByRole('button', { name: 'كلب', exact: true }).count() >= 1, 'pictures are named in Arabic');
  await axe(page, 'picture pad (ar)');
  await context.close();
});

test('"I am not safe" taken back stays readable to a lead until a day the child is told', async () => {
  const lena = await reviewerWithKey(suite.browser, suite.heard, 'lena', 'safeguarding_lead');
  const words = canary('not safe, then taken back');
  const child = await suite.browser.newContext({ locale: 'en-US' });
  const page = await child.newPage();
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, 'locked before it leaves this device');
  await page.getByRole('button', { name: /I am not safe/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#step-words:not([hidden]) textarea').fill(words);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'Your message arrived' }).waitFor();
  const names = await page.locator('#code-card .code-slots .pic-name').allInnerTexts();
  await child.close();

  const again = await suite.browser.newContext({ locale: 'en-US' });
  const back = await again.newPage();
  await back.goto(new URL('/back', suite.heard.childUrl).href);
  await back.getByRole('heading', { name: 'Come back with your secret pictures' }).waitFor();
  await enterCode(back, names);
  // Told before choosing: a safeguarding lead can still read it until a given day.
  const before = back.locator('#back-withdraw-body', { hasText: 'You said you were not safe.' });
  await before.waitFor({ timeout: 30000 });
  const day = (await before.innerText()).match(/\d{4}-\d{2}-\d{2}/)[0];
  await axe(back, 'open urgent case');
  await back.getByRole('button', { name: 'Take my message back' }).click();
  await back.getByRole('button', { name: 'Yes, take it back' }).click();
  const after = back.locator('#back-status', { hasText: 'A safeguarding lead can still read it until' });
  await after.waitFor();
  assert.ok((await after.innerText()).includes(day), 'the same day, after choosing');
  await axe(back, 'urgent case taken back');
  await again.close();

  // The lead still reads it, marked as taken back; the child's code opens nothing any more.
  await unlockAgain(lena.page, lena.passphrase);
  const line = lena.page.locator('#cases .case-line', { hasText: words });
  await line.waitFor();
  const said = await line.innerText();
  assert.ok(said.includes('the child took this back') && said.includes(day), said);
  await lena.context.close();
});
