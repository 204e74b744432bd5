// Consultations in a real Chromium on a phone-sized screen: a child answers in English with
// JavaScript and in Arabic (right to left) without it, one question per screen; axe-core finds no
// violation on any screen or on the results; the results stay hidden until the consultation
// closes, then show how many answered with small groups hidden. Prints the time per screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { useHeardAndChromium, fakeVoices, waitForHydration, shareIdea, canary } from './harness.mjs';

const PHONE = { width: 360, height: 740 };
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const ID = 'food-and-free-time';
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

const suite = useHeardAndChromium({
  setup(heard) {
    const example = readFileSync(new URL('../../docs/examples/consultation.toml', import.meta.url), 'utf8');
    const file = join(heard.dataDir, '..', `${heard.dataDir.split('/').pop()}-consultation.toml`);
    writeFileSync(file, example
      .replace(/^opens_on = .*$/m, `opens_on = "${day(-1)}"`)
      .replace(/^closes_on = .*$/m, `closes_on = "${day(20)}"`));
    heard.cli('consultations', 'add', file);
  },
});

async function axe(page, screen) {
  const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return result.violations.map((v) => `${screen}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`);
}

/** One child, start to end; returns axe violations and the milliseconds each screen took. */
async function takePart({ lang, javaScript, answers, check = true }) {
  const context = await suite.browser.newContext({ viewport: PHONE, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const violations = [];
  const times = [];
  const base = suite.heard.childUrl;
  let t = Date.now();
  await page.goto(new URL(`/consult?lang=${lang}`, base).href);
  if (check) violations.push(...await axe(page, `${lang} list`));
  await page.locator(`a[href="/consult/${ID}"]`).click();
  await page.waitForURL(`**/consult/${ID}`);
  times.push(Date.now() - t);
  if (check) violations.push(...await axe(page, `${lang} first screen`));
  assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
  await page.selectOption('#consult-age', '12_to_14');
  t = Date.now();
  await page.locator('form button[type=submit]').click();
  for (const [n, answer] of answers.entries()) {
    await page.waitForURL(`**/consult/${ID}/q/${n + 1}`);
    times.push(Date.now() - t);
    if (check) violations.push(...await axe(page, `${lang} question ${n + 1}`));
    t = Date.now();
    if (answer === 'skip') {
      await page.locator('button[value=skip]').click();
    } else {
      for (const key of answer) await page.locator(`#choice-${key}`).check();
      await page.locator('button[value=next]').click();
    }
  }
  await page.waitForURL(`**/consult/${ID}/thanks`);
  times.push(Date.now() - t);
  if (check) violations.push(...await axe(page, `${lang} thanks`));
  await context.close();
  return { violations, times };
}

test('a child answers in English and in Arabic, with and without JavaScript, and axe finds nothing', async () => {
  const en = await takePart({ lang: 'en', javaScript: true, answers: [['4'], ['sport', 'calls'], 'skip'] });
  const ar = await takePart({ lang: 'ar', javaScript: true, answers: [['5'], ['music'], ['wifi']] });
  assert.deepEqual([...en.violations, ...ar.violations], []);
  // The same pages with JavaScript off (axe itself needs a script, so it ran above).
  const nojs = await takePart({ lang: 'ar', javaScript: false, answers: [['3'], ['lessons'], ['outings']], check: false });
  const all = [...en.times, ...ar.times, ...nojs.times];
  const median = all.sort((a, b) => a - b)[Math.floor(all.length / 2)];
  console.log(`consultation screens: ${all.length}, median ${median} ms, slowest ${all.at(-1)} ms`);
});

test('the start page names the open consultation, and axe finds nothing on it', async () => {
  const violations = [];
  for (const lang of ['en', 'ar']) {
    const context = await suite.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(new URL(`/?lang=${lang}`, suite.heard.childUrl).href);
    const link = page.locator(`aside.consult-news a[href="/consult/${ID}"]`);
    assert.equal(await link.count(), 1, lang);
    violations.push(...await axe(page, `${lang} start page`));
    await context.close();
  }
  assert.deepEqual(violations, []);
});

test('a child\'s picture code remembers, when asked, the questions they answered', async () => {
  const context = await suite.browser.newContext({ viewport: PHONE, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, 'locked before it leaves this device');
  await shareIdea(page, canary('an idea'));
  const names = await page.locator('#code-card .code-slots .pic-name').allInnerTexts();
  await page.goto(new URL(`/consult/${ID}`, suite.heard.childUrl).href);
  await page.locator('form button[type=submit]').click();
  for (let n = 1; n <= 3; n += 1) {
    await page.waitForURL(`**/consult/${ID}/q/${n}`);
    await page.locator('button[value=skip]').click();
  }
  await page.waitForURL(`**/consult/${ID}/thanks`);
  await page.getByRole('link', { name: 'Come back with my pictures' }).click();
  await page.getByRole('heading', { name: 'Come back with your secret pictures' }).waitFor();
  await waitForHydration(page, 'locked before it leaves this device').catch(() => {});
  for (const name of names) await page.getByRole('button', { name, exact: true }).click();
  await page.locator('#back-open').click();
  const section = page.locator('#consult-followed');
  await section.getByRole('button', { name: 'Remember the questions I answered today' }).click({ timeout: 30000 });
  await section.getByRole('link', { name: 'Food and free time' }).waitFor();
  assert.equal(await section.getByRole('button').count(), 0, 'nothing more to remember');
  const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), []);
  await context.close();
});

test('read-aloud reads the question and its answers, in Arabic, only where the device has a voice', async () => {
  const context = await suite.browser.newContext({ viewport: PHONE });
  await fakeVoices(context, [{ name: 'Local Arabic', lang: 'ar-EG', localService: true }]);
  const page = await context.newPage();
  await page.goto(new URL(`/consult/${ID}?lang=ar`, suite.heard.childUrl).href);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(`**/consult/${ID}/q/1`);
  const button = page.locator('button[data-read-aloud]');
  await button.waitFor({ state: 'visible' });
  await button.click();
  const spoken = await page.evaluate(() => window.spoken);
  assert.deepEqual(spoken.map((s) => s.text), ['ما رأيك في الطعام؟', 'سيئ جدًا', 'سيئ', 'مقبول', 'جيد', 'جيد جدًا']);
  assert.ok(spoken.every((s) => s.lang === 'ar' && s.voice === 'Local Arabic'));
  // No voice for English on this device: no button.
  await page.goto(new URL(`/consult/${ID}?lang=en`, suite.heard.childUrl).href);
  assert.equal(await page.locator('button[data-read-aloud]').isHidden(), true);
  await context.close();
});

test('results are hidden until close, then shown with small groups hidden, in English and Arabic', async () => {
  const context = await suite.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const results = new URL(`/consult/${ID}/results`, suite.heard.childUrl).href;
  const before = await page.goto(results);
  assert.equal(before.status(), 404, 'under embargo');
  // Nine more children (the three of the first test and the one who kept it with a code make
  // thirteen), then the lead closes it.
  for (let n = 0; n < 9; n += 1) {
    await takePart({ lang: 'en', javaScript: false, answers: [['4'], ['sport'], ['wifi']], check: false });
  }
  suite.heard.cli('consultations', 'close', ID);
  const violations = [];
  for (const lang of ['en', 'ar']) {
    const after = await page.goto(`${results}?lang=${lang}`);
    assert.equal(after.status(), 200);
    violations.push(...await axe(page, `${lang} results`));
    assert.equal(await page.locator('svg.consult-chart').count(), 3);
    assert.equal(await page.locator('table.consult-table').count() >= 3, true);
  }
  const text = (await page.locator('main').innerText()).replace(/[\u2068\u2069]/g, '');
  assert.match(text, /13/);
  assert.deepEqual(violations, []);
  await page.goto(`${results}?lang=en`);
  const en = (await page.locator('main').innerText()).replace(/[\u2068\u2069]/g, '');
  assert.match(en, /13 children answered/);
  assert.match(en, /hidden \(to protect groups of fewer than 10\)/);
  await context.close();
  // Read aloud, in Arabic: "you said, we did" and what children said.
  const listening = await suite.browser.newContext({ viewport: PHONE });
  await fakeVoices(listening, [{ name: 'Local Arabic', lang: 'ar-EG', localService: true }]);
  const ear = await listening.newPage();
  await ear.goto(`${results}?lang=ar`);
  await ear.locator('button[data-read-aloud]').click();
  const spoken = (await ear.evaluate(() => window.spoken)).map((s) => s.text.replace(/[\u2068\u2069]/g, ''));
  assert.ok(spoken.includes('أنتم قلتم، ونحن فعلنا'), spoken.join(' | '));
  assert.ok(spoken.some((t) => t.includes('ما رأيك في الطعام؟')));
  await listening.close();
});
