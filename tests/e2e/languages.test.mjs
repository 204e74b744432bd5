// Languages in a real Chromium, on a phone-sized screen: a pseudo-locale run (accented, 40 %
// longer English) through every child flow finds no untranslated text and no clipped box;
// screenshots of the main child screens in en, es, ar, fa-AF and ti are checked for direction
// and overflow; the language picker shows each language in its own name and script, says the
// names aloud with the device's voices, and works; axe-core on LTR and RTL pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { useHeardAndChromium, waitForHydration, fakeVoices } from './harness.mjs';
import { layoutProblems, untranslated, pseudo } from './layout-checks.mjs';

const PHONE = { width: 360, height: 740 };
const SHOTS = join(process.env.HEARD_SCREENSHOTS ?? 'target/screenshots');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const suite = useHeardAndChromium({
  extraArgs: ['--pseudo-locale'],
  setup(heard) {
    heard.cli('help-contacts', 'add', '--phone', '+1 (800) 555-0100',
      '--label', 'en=Child helpline, day and night', '--label', 'es=Línea de ayuda, día y noche');
    heard.cli('facilities', 'add', '--code', 'north', '--name', 'en=North House',
      '--name', 'ar=البيت الشمالي');
    mkdirSync(SHOTS, { recursive: true });
  },
});

/** A one-line message of a locale's child.ftl. */
function message(code, id) {
  const ftl = readFileSync(new URL(`../../locales/${code}/child.ftl`, import.meta.url), 'utf8');
  return ftl.match(new RegExp(`^${id} = (.*)$`, 'm'))[1];
}

/** The hydrated page's note about where words are locked, from the locale's own file. */
function lockedNote(lang) {
  const text = message(lang === 'en-XA' ? 'en' : lang, 'intake-locked');
  // The start is enough (the pseudo-locale lengthens the end).
  return lang === 'en-XA' ? pseudo(text).slice(0, 20) : text.slice(0, 20);
}

const visibleStep = (page) => page.locator('section.step:not([hidden])');
const next = '.step:not([hidden]) .step-nav button:not(.secondary)';

async function open(lang, path = '/') {
  const context = await suite.browser.newContext({ viewport: PHONE, locale: 'en' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(`${path}?lang=${lang}`, suite.heard.childUrl).href);
  // Hydrated: the note about where words are locked switches to "before it leaves this device".
  if (path === '/') await waitForHydration(page, lockedNote(lang));
  return { context, page, errors };
}

/** Walks one flow, calling `visit(page, screenName)` on every screen, then sends it. */
async function walk(page, kind, visit) {
  await visit('choose');
  await page.locator(`button.kind-${kind}`).click();
  for (;;) {
    const step = await visibleStep(page).getAttribute('id');
    if (step === 'step-feelings') await page.locator('input[value=sad]').check();
    if (step === 'step-words') await page.locator('#message').fill('x');
    await visit(step);
    if (step === 'step-review') break;
    await page.locator(next).click();
  }
  await page.locator('button[type=submit]').click();
  await page.locator('section.sent:not([hidden])').waitFor();
  await visit('sent');
}

test('pseudo-locale: every child screen is translated and nothing is clipped on a phone', async () => {
  const problems = [];
  for (const kind of ['idea', 'worry', 'complaint', 'unsafe']) {
    const { context, page, errors } = await open('en-XA');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en-XA');
    await walk(page, kind, async (screen) => {
      const found = [...await page.evaluate(untranslated), ...await page.evaluate(layoutProblems)];
      problems.push(...found.map((p) => `${kind}/${screen}: ${p}`));
    });
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { context, page } = await open('en-XA', '/back');
  await page.locator('#back-open').waitFor();
  problems.push(...(await page.evaluate(untranslated)).map((p) => `back: ${p}`));
  problems.push(...(await page.evaluate(layoutProblems)).map((p) => `back: ${p}`));
  await page.locator('details.lang-switch summary').click();
  problems.push(...(await page.evaluate(layoutProblems)).map((p) => `picker: ${p}`));
  await context.close();
  assert.deepEqual(problems, []);
});

for (const lang of ['en', 'es', 'ar', 'fa-AF', 'ti']) {
  test(`screenshots of the main child screens in ${lang}: direction and overflow`, async () => {
    const rtl = ['ar', 'fa-AF'].includes(lang);
    const { context, page, errors } = await open(lang);
    assert.equal(await page.locator('html').getAttribute('dir'), rtl ? 'rtl' : 'ltr');
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    const problems = [];
    let n = 0;
    await walk(page, 'worry', async (screen) => {
      n += 1;
      await page.screenshot({ path: join(SHOTS, `${lang}-${n}-${screen}.png`), fullPage: true });
      const direction = await page.evaluate(() => getComputedStyle(document.querySelector('section.step:not([hidden]) h1, section.sent:not([hidden]) h1, main h1')).direction);
      assert.equal(direction, rtl ? 'rtl' : 'ltr', `${screen}: text runs the language's way`);
      problems.push(...(await page.evaluate(layoutProblems)).map((p) => `${screen}: ${p}`));
      if (screen === 'step-feelings') {
        // Drawn by the browser bundle, from the translations the page carried (#heard-ftl).
        assert.equal((await page.locator(next).innerText()).trim(), message(lang, 'step-next'));
      }
      if (screen === 'step-words') {
        assert.equal(await page.locator('#message').getAttribute('dir'), 'auto', 'a child may write in any script');
      }
      const nav = visibleStep(page).locator('.step-nav');
      if (screen.startsWith('step-') && await nav.locator('button.secondary').isVisible()) {
        const back = await nav.locator('button.secondary').boundingBox();
        const forward = await nav.locator('button:not(.secondary)').boundingBox();
        assert.equal(back.x > forward.x, rtl, `${screen}: Back comes first in reading order`);
        const mirrored = await nav.locator('.dir-icon').first().evaluate((el) => getComputedStyle(el).transform);
        assert.equal(mirrored === 'matrix(-1, 0, 0, 1, 0, 0)', rtl, `${screen}: arrows point the reading way`);
      }
    });
    await page.goto(new URL(`/back?lang=${lang}`, suite.heard.childUrl).href);
    await page.locator('#back-open').waitFor();
    await page.screenshot({ path: join(SHOTS, `${lang}-${n + 1}-back.png`), fullPage: true });
    problems.push(...(await page.evaluate(layoutProblems)).map((p) => `back: ${p}`));
    assert.deepEqual(problems, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the picker names every language in its own script, says the names aloud, and switches', async () => {
  const context = await suite.browser.newContext({ viewport: PHONE, locale: 'en' });
  await fakeVoices(context, [{ lang: 'ar-SA', name: 'Arabic voice', localService: true },
    { lang: 'es-ES', name: 'Cloud voice', localService: false }]);
  const page = await context.newPage();
  await page.goto(new URL('/?lang=en', suite.heard.childUrl).href);
  await waitForHydration(page, lockedNote('en'));
  await page.locator('details.lang-switch summary').click();
  const links = page.locator('details.lang-switch a[hreflang]');
  assert.equal(await links.count(), 26);
  const names = await links.evaluateAll((as) => as.map((a) => ({
    code: a.getAttribute('lang'), dir: a.getAttribute('dir'), name: a.textContent,
  })));
  assert.ok(names.every((l) => l.name && !/[\u{1F1E6}-\u{1F1FF}]/u.test(l.name)), 'names, no flags');
  assert.deepEqual(names.find((l) => l.code === 'fa-AF'), { code: 'fa-AF', dir: 'rtl', name: 'دری' });
  assert.deepEqual(names.find((l) => l.code === 'ti'), { code: 'ti', dir: 'ltr', name: 'ትግርኛ' });
  // Only a language the device has its own voice for gets a button (no network voices).
  const listen = page.locator('details.lang-switch button.listen:visible');
  assert.equal(await listen.count(), 1);
  await listen.click();
  assert.deepEqual(await page.evaluate(() => window.spoken),
    [{ text: 'العربية', lang: 'ar', voice: 'Arabic voice' }]);
  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);
  await Promise.all([page.waitForURL(/lang=es/), page.locator('a[hreflang=es]').click()]);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await context.close();
});

for (const lang of ['fa-AF', 'ti', 'ur']) {
  test(`axe-core: no WCAG 2.2 AA violation on the child screens in ${lang}`, async () => {
    const { context, page } = await open(lang);
    const violations = [];
    await walk(page, 'unsafe', async (screen) => {
      const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      violations.push(...result.violations.map((v) => `${screen}: ${v.id}: ${v.help}`));
    });
    assert.deepEqual(violations, []);
    await context.close();
  });
}
