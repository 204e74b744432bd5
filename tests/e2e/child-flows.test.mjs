// The child's guided flows in a real Chromium: every flow by keyboard alone, "I am not safe"
// with the help contacts, Quick Exit (Esc three times and the button), read-aloud, and axe-core
// on every screen in English, Spanish and Arabic (right to left).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useHeardAndChromium, waitForHydration, canary, fakeVoices } from './harness.mjs';

const LOCKED = { en: 'locked before it leaves this device', es: 'antes de salir de este aparato', ar: 'تخرج من هذا الجهاز' };
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const suite = useHeardAndChromium({
  setup(heard) {
    heard.cli('help-contacts', 'add', '--phone', '+1 (800) 555-0100',
      '--label', 'en=Child helpline, day and night', '--label', 'es=Línea de ayuda, día y noche',
      '--label', 'ar=خط مساعدة الأطفال، ليلاً ونهاراً');
    heard.cli('help-contacts', 'add', '--phone', '911', '--label', 'en=Emergency');
  },
});

async function childPage(lang = 'en', options = {}) {
  const context = await suite.browser.newContext({ locale: lang, ...options });
  const page = await context.newPage();
  await page.goto(`${suite.heard.childUrl}?lang=${lang}`);
  await waitForHydration(page, LOCKED[lang]);
  return { context, page };
}

const visibleStep = (page) => page.locator('section.step:not([hidden])');

/** Presses Tab until the focused element matches `selector` (keyboard only, like a child would). */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const next = '.step:not([hidden]) .step-nav button:not(.secondary)';

test('the pages carry their stylesheet inside, the CSP lets exactly it apply, and nothing is refused', async () => {
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.refused = [];
    document.addEventListener('securitypolicyviolation', (e) => window.refused.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const stylesheets = [];
  page.on('request', (r) => { if (r.resourceType() === 'stylesheet') stylesheets.push(r.url()); });
  for (const path of ['/?lang=en', '/back?lang=en']) {
    await page.goto(`${suite.heard.childUrl}${path.slice(1)}`);
    await page.waitForLoadState('load');
    // The stylesheet's own colours, not the browser's defaults.
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(251, 250, 247)', path);
    assert.deepEqual(await page.evaluate(() => window.refused), [], path);
    // A style that is not the page's own (no nonce) is refused, as before.
    const foreign = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(1, 2, 3) }';
      document.head.append(style);
      return getComputedStyle(document.body).backgroundColor;
    });
    assert.equal(foreign, 'rgb(251, 250, 247)', `${path}: a style without the nonce does not apply`);
  }
  assert.deepEqual(stylesheets, [], 'no stylesheet is fetched: nothing to wait for before the first words');
  await context.close();
});

for (const kind of ['idea', 'worry', 'complaint', 'unsafe']) {
  test(`the ${kind} flow works with the keyboard alone, one screen at a time`, async () => {
    const { context, page } = await childPage();
    const words = canary(`keyboard ${kind}`);
    const requests = [];
    page.on('request', (r) => { if (r.method() === 'PUT') requests.push(r); });
    const historyBefore = await page.evaluate(() => history.length);
    await tabTo(page, `button.kind-${kind}`);
    await page.keyboard.press('Enter');
    const seen = [];
    for (;;) {
      const step = await visibleStep(page).getAttribute('id');
      seen.push(step);
      assert.equal(await visibleStep(page).count(), 1, 'one screen at a time');
      // Focus moves to the new screen's heading (in the frame after it is shown).
      await page.waitForFunction((id) => document.activeElement?.id === id, `${step}-h`, { timeout: 3000 });
      if (step === 'step-review') break;
      if (step === 'step-feelings') {
        await tabTo(page, 'input[value=scared]');
        await page.keyboard.press('Space');
      }
      if (step === 'step-words') {
        await tabTo(page, '#message');
        await page.keyboard.type(words);
      }
      if (step === 'step-wish') {
        await tabTo(page, 'input[value=talk]');
        await page.keyboard.press('Space');
      }
      // Fluent isolates each number (U+2068 … U+2069) so a right-to-left text cannot scramble it.
      const progress = (await visibleStep(page).locator('.progress').innerText()).replace(/[\u2068\u2069]/g, '');
      assert.match(progress, new RegExp(`^Step ${seen.length} of \\d$`));
      await tabTo(page, next);
      await page.keyboard.press('Enter');
    }
    const expected = {
      idea: ['step-before', 'step-words', 'step-place', 'step-review'],
      worry: ['step-before', 'step-feelings', 'step-words', 'step-place', 'step-wish', 'step-review'],
      complaint: ['step-before', 'step-feelings', 'step-words', 'step-place', 'step-wish', 'step-review'],
      unsafe: ['step-help', 'step-words', 'step-place', 'step-review'],
    }[kind];
    assert.deepEqual(seen, expected);
    const review = await page.locator('dl.review').innerText();
    assert.ok(review.includes(words), 'the review shows the words');
    if (kind === 'worry') assert.ok(review.includes('Scared') && review.includes('I want to talk to someone'));
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your message arrived' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    // Nothing of the answers stays in the page once sent (the review's copy included), nor in a
    // field, so the next message, or the next child on a shared device, starts empty.
    assert.ok(!(await page.content()).includes(words), 'the words are gone from the page');
    assert.equal(await page.locator('#message').inputValue(), '', 'the text area is empty');
    assert.equal(await page.locator('dl.review .answer').count(), 0, 'the review is empty');
    assert.equal(requests.length, 1);
    assert.equal(requests[0].headers()['x-urgent'], kind === 'unsafe' ? '1' : '0');
    const stored = suite.heard.decryptAll().find((s) => s.envelope.text === words);
    assert.equal(stored.envelope.kind, kind);
    if (kind === 'worry') {
      assert.deepEqual(stored.envelope.feelings, ['scared']);
      assert.deepEqual(stored.envelope.wishes, ['talk']);
    }
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'no step left in the history');
    await context.close();
  });
}

test('"I am not safe" shows the help contacts at once as tap-to-call links, and again after sending', async () => {
  const { context, page } = await childPage();
  await page.getByRole('button', { name: /I am not safe/ }).click();
  const calls = page.locator('#step-help a.call');
  assert.deepEqual(await calls.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), ['tel:+18005550100', 'tel:911']);
  assert.match(await calls.first().innerText(), /Child helpline, day and night/);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('We will treat this as urgent.').waitFor();
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'Your message arrived' }).waitFor();
  assert.equal(await page.locator('section.sent a.call').count(), 2, 'the numbers stay in reach');
  await context.close();
});

test('Back and Change return to earlier screens with the answers kept', async () => {
  const { context, page } = await childPage();
  await page.getByRole('button', { name: /A complaint/ }).click();
  await page.getByRole('button', { name: 'I understand, start' }).click();
  await page.getByRole('checkbox', { name: 'Angry' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'What happened?' }).fill('first words');
  await page.getByRole('button', { name: 'Back' }).click();
  assert.ok(await page.getByRole('checkbox', { name: 'Angry' }).isChecked());
  // One screen at a time: each Next only once the screen it belongs to is the one shown.
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#step-words:not([hidden])').waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#step-place:not([hidden])').waitFor();
  // A new screen moves focus to its heading in the next frame: wait for that, or the key press
  // below may land on the heading instead of the choice (a race, under load).
  await page.waitForFunction(() => document.activeElement?.id === 'step-place-h');
  // Enter on a choice submits a form: before the review it must only move on, never send.
  const puts = [];
  page.on('request', (r) => { if (r.method() === 'PUT') puts.push(r.url()); });
  const unsaid = page.getByRole('radio', { name: "I'd rather not say" });
  await unsaid.focus();
  await unsaid.press('Enter');
  await page.locator('#step-wish:not([hidden])').waitFor();
  assert.deepEqual(puts, [], 'nothing was sent from the place screen');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('dl.review').getByText('first words').waitFor();
  await page.locator('dl.review .answer', { hasText: 'Your words' }).getByRole('button', { name: 'Change' }).click();
  await page.getByRole('textbox', { name: 'What happened?' }).fill('second words');
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('dl.review').getByText('second words').waitFor();
  await context.close();
});

test('Quick Exit: Esc three times blanks the page in the same frame, clears site data, and Back does not return', async () => {
  const context = await suite.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  // Runs after Heard's own listener (capture on document) within the same key event, before
  // any frame can be painted, and reports what the page showed then (console messages reach the
  // test even from a page that is navigating away).
  const states = [];
  page.on('console', (message) => {
    if (message.text().startsWith('seen:')) states.push(JSON.parse(message.text().slice(5)));
  });
  await page.addInitScript(() => {
    window.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Escape') return;
      console.log(`seen:${JSON.stringify({
        children: document.body ? document.body.childElementCount : 0,
        visibility: document.documentElement.style.visibility,
      })}`);
    });
  });
  await page.goto(`${suite.heard.childUrl}?lang=en`);
  await waitForHydration(page, LOCKED.en);
  await page.getByRole('button', { name: /A worry/ }).click();
  await page.getByRole('button', { name: 'I understand, start' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#message').fill('a secret the child was writing');
  await page.evaluate(() => { localStorage.setItem('left', 'behind'); sessionStorage.setItem('left', 'behind'); });
  assert.ok((await context.cookies()).length > 0, 'the site had set its session cookie');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await Promise.all([page.waitForURL(/\/exit$/), page.keyboard.press('Escape')]);
  assert.equal(states.length, 3, JSON.stringify(states));
  assert.ok(states[1].children > 0, 'two presses do nothing');
  assert.deepEqual(states[2], { children: 0, visibility: 'hidden' });
  assert.equal(await page.locator('body').innerText(), '');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'site storage is empty');
  assert.deepEqual(await context.cookies(), [], 'no cookie is left');
  await page.goBack().catch(() => {});
  assert.ok(!page.url().startsWith(suite.heard.childUrl) || page.url().endsWith('/exit'), page.url());
  assert.equal(await page.locator('#message').count(), 0, 'Back does not reveal the form');
  await context.close();
});

test('Quick Exit button works with and without JavaScript', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await suite.browser.newContext({ locale: 'en', javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${suite.heard.childUrl}?lang=en`);
    const exit = page.getByRole('link', { name: 'Quick exit' });
    const box = await exit.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, 'a large target');
    await Promise.all([page.waitForURL(/\/exit$/), exit.click()]);
    assert.equal(await page.locator('body').innerText(), '');
    assert.deepEqual(await context.cookies(), [], `no cookie is left (JavaScript ${javaScriptEnabled})`);
    await context.close();
  }
});

test('read-aloud speaks a screen in the page language where a voice exists, and hides otherwise', async () => {
  const plain = await childPage('es');
  const hasVoices = await plain.page.evaluate(() => speechSynthesis.getVoices().length > 0);
  if (!hasVoices) {
    assert.equal(await plain.page.locator('#step-choose button.read-aloud').isVisible(), false);
  }
  await plain.context.close();

  const context = await suite.browser.newContext({ locale: 'es' });
  // A network voice first: it must never be used (what is read would leave the device).
  await fakeVoices(context, [{ lang: 'es-ES', name: 'Cloud voice', localService: false },
    { lang: 'es-MX', name: 'Test voice', localService: true }]);
  const page = await context.newPage();
  await page.goto(`${suite.heard.childUrl}?lang=es`);
  await waitForHydration(page, LOCKED.es);
  await page.locator('#step-choose button.read-aloud').click();
  const spoken = await page.evaluate(() => window.spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, 'es');
  assert.equal(spoken[0].voice, 'Test voice', 'only a voice on the device');
  const heading = await page.locator('#step-choose-h').innerText();
  assert.ok(spoken[0].text.startsWith(heading), spoken[0].text);
  // A screen is read as the child sees it: the story's variants, written hidden beside a
  // message's, are not read for a worry.
  await page.locator('button.kind-worry').click();
  await page.locator('#step-before button.read-aloud').click();
  const before = (await page.evaluate(() => window.spoken))[1].text;
  const storyOnly = await page.locator('#step-before [data-kind-only=story]').first().textContent();
  const messageOnly = await page.locator('#step-before [data-kind-not=story]').first().innerText();
  assert.ok(before.includes(messageOnly.trim()), before);
  assert.ok(!before.includes(storyOnly.trim()), `a hidden variant was read: ${before}`);
  await context.close();
});

for (const lang of ['en', 'es', 'ar']) {
  test(`axe-core: no WCAG 2.2 AA violation on any child screen (${lang})`, async () => {
    const { context, page } = await childPage(lang);
    assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
    const check = async (where) => {
      const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      assert.deepEqual(result.violations.map((v) => `${where}: ${v.id}: ${v.help} ${v.nodes.map((n) => n.target).join(' ')}`), []);
    };
    await check('choose');
    for (const kind of ['worry', 'unsafe']) {
      await page.locator(`button.kind-${kind}`).click();
      for (;;) {
        const step = await visibleStep(page).getAttribute('id');
        if (step === 'step-feelings') await page.locator('input[value=sad]').check();
        if (step === 'step-words') await page.locator('#message').fill('words');
        await check(step);
        if (step === 'step-review') break;
        await page.locator(next).click();
      }
      await page.locator('button[type=submit]').click();
      await page.locator('section.sent:not([hidden])').waitFor();
      await check(`sent after ${kind}`);
      await page.locator('#write-another').click();
    }
    await context.close();
  });
}
