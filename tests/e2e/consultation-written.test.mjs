// A consultation's free-text question in a real Chromium: the child's words are sealed in the
// browser (only an age file travels), or, without JavaScript, by the server; the lead opens them
// in the console with the key their browser holds, approves a quote, and turns an answer that
// tells of harm into a confidential case, which a reviewer then reads. axe-core finds no
// violation on the question (Arabic, right to left) or on the lead's page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { useHeardAndChromium, canary, reviewerWithKey, unlockAgain } from './harness.mjs';

const PHONE = { width: 360, height: 740 };
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const ID = 'your-words';
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

const DEFINITION = `
id = "${ID}"
opens_on = "${day(-1)}"
closes_on = "${day(20)}"
locales = ["en", "ar"]

[[questions]]
key = "rooms"
kind = "single"
icon = "🛏️"
options = [{ key = "yes", icon = "👍" }, { key = "no", icon = "👎" }]

[[questions]]
key = "say"
kind = "free_text"
icon = "✏️"

[texts.en]
title = "Your rooms"
purpose = "To make the rooms better."
audience = "The shelter director"
q-rooms = "Do you like your room?"
q-rooms-yes = "Yes"
q-rooms-no = "No"
q-say = "What would make your room better?"

[texts.ar]
title = "غرفتك"
purpose = "لنجعل الغرف أفضل."
audience = "مدير المأوى"
q-rooms = "هل تحب غرفتك؟"
q-rooms-yes = "نعم"
q-rooms-no = "لا"
q-say = "ما الذي يجعل غرفتك أفضل؟"
`;

const suite = useHeardAndChromium({
  setup(heard) {
    const file = join(heard.dataDir, '..', `${heard.dataDir.split('/').pop()}-written.toml`);
    writeFileSync(file, DEFINITION);
    heard.cli('consultations', 'add', file);
  },
});

async function axe(page, where) {
  const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return result.violations.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`);
}

/** A child answers both questions, writing `words`; returns what was sent for the written one. */
async function write({ lang, javaScript, words }) {
  const context = await suite.browser.newContext({ viewport: PHONE, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const sent = [];
  page.on('request', (r) => {
    if (r.url().includes(`/consult/${ID}/q/2`)) sent.push({ method: r.method(), url: r.url(), body: r.postDataBuffer() });
  });
  await page.goto(new URL(`/consult/${ID}?lang=${lang}`, suite.heard.childUrl).href);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(`**/consult/${ID}/q/1`);
  await page.locator('#choice-no').check();
  await page.locator('button[value=next]').click();
  await page.waitForURL(`**/consult/${ID}/q/2`);
  const violations = javaScript ? await axe(page, `${lang} written question`) : [];
  await page.locator('#words').fill(words);
  await page.locator('button[value=next]').click();
  await page.waitForURL(`**/consult/${ID}/thanks`);
  await context.close();
  return { sent, violations };
}

test('written answers are sealed in the browser, read by the lead, quoted, and a disclosure becomes a case', async () => {
  const { browser, heard } = suite;
  const lead = await reviewerWithKey(browser, heard, 'lena', 'consultation_lead', `/consultations/${ID}/written`);
  const reviewer = await reviewerWithKey(browser, heard, 'rita');
  const [wish, harm, posted] = [canary('a wish'), canary('someone hurts me'), canary('no script')];

  // With JavaScript: only an age file leaves the page, never the words.
  const ar = await write({ lang: 'ar', javaScript: true, words: `غرفة أكبر ${wish}` });
  assert.deepEqual(ar.violations, []);
  const put = ar.sent.find((s) => s.method === 'PUT');
  assert.ok(put, `sealed in the browser: ${JSON.stringify(ar.sent.map((s) => s.method + ' ' + s.url))}`);
  assert.equal(put.body.subarray(0, 21).toString('latin1'), 'age-encryption.org/v1');
  assert.ok(!put.body.includes(Buffer.from(wish)), 'no plaintext on the wire');
  assert.ok(!ar.sent.some((s) => s.method === 'POST'), 'no form post of the words');
  await write({ lang: 'en', javaScript: true, words: harm });
  // Without JavaScript: the form posts the words and the server seals them.
  const nojs = await write({ lang: 'en', javaScript: false, words: posted });
  assert.ok(nojs.sent.some((s) => s.method === 'POST'));
  for (const { path, bytes } of heard.filesToScan()) {
    for (const words of [wish, harm, posted]) {
      assert.ok(!bytes.includes(Buffer.from(words)), `plaintext in ${path}`);
    }
  }

  // The lead opens them with their key, in this page only.
  const page = lead.page;
  await unlockAgain(page, lead.passphrase);
  const answers = page.locator('article.written');
  await answers.nth(2).waitFor();
  assert.equal(await answers.count(), 3);
  const all = await page.locator('#written-answers').innerText();
  for (const words of [wish, harm, posted]) assert.ok(all.includes(words), words);
  assert.deepEqual(await axe(page, 'lead written answers'), []);

  // A quote, shortened by the lead.
  const wishItem = answers.filter({ hasText: wish });
  await wishItem.locator('textarea').fill('A bigger room.');
  await wishItem.getByRole('button', { name: 'Approve this quote' }).click();
  await wishItem.getByText('Quote approved.').waitFor();

  // A disclosure: one action, re-sealed here for the reviewers.
  const harmItem = answers.filter({ hasText: harm });
  await harmItem.getByRole('button', { name: 'Make it a confidential case' }).click();
  await page.getByText('Sent to the reviewers as a confidential case.').waitFor();
  const cases = heard.decryptAll();
  const made = cases.find((c) => c.envelope.text === harm);
  assert.ok(made, 'stored as a case');
  assert.equal(made.envelope.sealed_in, 'browser');

  await unlockAgain(reviewer.page, reviewer.passphrase);
  await reviewer.page.getByText(harm).first().waitFor({ timeout: 30000 });

  // Gone from the consultation on the next load.
  await unlockAgain(page, lead.passphrase);
  await answers.nth(1).waitFor();
  assert.equal(await answers.count(), 2);
  await lead.context.close();
  await reviewer.context.close();
});
