// The reviewer's workbench at working density, end to end in Chromium: every case held in one
// sortable table beside the open case; a reviewer triages ten cases by keyboard only; the search
// (inside the browser) finds a child's canary, and the search term appears in no request, in no
// file of the data directory and in no log line; axe-core finds nothing in English or Arabic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useHeardAndChromium, canary, reviewerWithKey, unlockAgain } from './harness.mjs';

const suite = useHeardAndChromium();
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** A child sends `text` by the no-JavaScript form (its page's id and token), as `kind`. */
async function sendByForm(text, kind) {
  const page = await (await fetch(new URL('/', suite.heard.childUrl))).text();
  const value = (name) => {
    const at = page.indexOf(`name="${name}"`);
    assert.ok(at >= 0, `the form has ${name}`);
    return page.slice(at).match(/value="([^"]*)"/)[1];
  };
  const body = new URLSearchParams({
    submission_id: value('submission_id'),
    form_token: value('form_token'),
    kind,
    text,
  });
  const sent = await fetch(new URL('/send', suite.heard.childUrl), { method: 'POST', body, redirect: 'manual' });
  assert.equal(sent.status, 303, 'the case arrived');
}

const rows = (page) => page.locator('#cases tr.case-line');

/** Where the list and the open case are, and whether the page scrolls sideways. */
async function layout(page, width, height = 800) {
  await page.setViewportSize({ width, height });
  return page.evaluate(() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    const [list, panel] = [box('.case-list'), box('.case-panel')];
    return {
      list: { left: list.left, right: list.right, bottom: list.bottom },
      panel: { left: panel.left, right: panel.right, top: panel.top },
      sideways: document.documentElement.scrollWidth > window.innerWidth,
      widest: [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 4).map((e) => `${e.tagName}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      width: document.documentElement.scrollWidth,
    };
  });
}
const openRow = (page) => page.locator('#cases tr[aria-current="true"]');

/** Waits until the workbench holds `n` cases, all decrypted and searchable. */
async function holding(page, n) {
  await page.waitForFunction(
    (count) => document.querySelectorAll('#cases tr.case-line').length === count
      && document.querySelector('#cases')?.dataset.readyMs !== undefined,
    n,
    { timeout: 60000 },
  );
}

test('a reviewer triages ten cases by keyboard only', async () => {
  const kim = await reviewerWithKey(suite.browser, suite.heard, 'kim');
  const kinds = ['idea', 'worry', 'complaint'];
  for (let i = 0; i < 10; i += 1) await sendByForm(`case number ${i}: ${canary('triage')}`, kinds[i % 3]);
  await unlockAgain(kim.page, kim.passphrase);
  const { page } = kim;
  await holding(page, 10);

  // The sheet of keys, opened and closed by its own key.
  await page.keyboard.press('?');
  await page.locator('#keys-sheet').waitFor({ state: 'visible' });
  await page.keyboard.press('?');
  await page.locator('#keys-sheet').waitFor({ state: 'hidden' });

  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('j');
    const open = openRow(page);
    await page.locator('#case-heading').waitFor();
    const reference = (await open.locator('button.case-ref').innerText()).trim();
    await page.locator('#case-heading', { hasText: reference }).waitFor();
    await page.keyboard.press('a');
    await open.filter({ hasText: 'Acknowledged' }).waitFor();
    await page.keyboard.press('m');
    await open.filter({ hasText: 'kim' }).waitFor();
  }
  // A note on the last one, by keyboard: `n` puts the cursor in the note, Tab reaches its button.
  const note = canary('keyboard note');
  await page.keyboard.press('n');
  await page.keyboard.type(note);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#notes', { hasText: note }).waitFor();
  // Escape leaves the field; `k` goes back one; `e` escalates it, and `j` at once moves on: the
  // escalated case's row still shows what the server did.
  await page.keyboard.press('Escape');
  const last = await openRow(page).getAttribute('data-id');
  await page.keyboard.press('k');
  await page.waitForFunction((id) => document.querySelector('#cases tr[aria-current="true"]')?.dataset.id !== id, last);
  const ninth = await openRow(page).getAttribute('data-id');
  await page.keyboard.press('e');
  await page.keyboard.press('j');
  await page.locator(`#cases tr[data-id="${last}"][aria-current="true"]`).waitFor();
  await page.locator(`#cases tr[data-id="${ninth}"]`, { hasText: 'escalated' }).waitFor();
  // `a` never reopens: this one was acknowledged already.
  await page.keyboard.press('a');
  await page.locator('#wb-notice', { hasText: 'Only a new case is acknowledged' }).waitFor();
  // Single-letter keys can be turned off (WCAG 2.1.4): then `k` does nothing.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.locator('#keys-on').uncheck();
  await page.locator('#keys-heading').click();
  await page.keyboard.press('k');
  await page.locator(`#cases tr[data-id="${last}"][aria-current="true"]`).waitFor();
  assert.equal(await page.locator('#cases tr[aria-current="true"]').getAttribute('data-id'), last);
  await page.locator('#keys-on').check();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();

  // What the server holds now: all ten acknowledged and Kim's, one escalated.
  const held = await page.evaluate(async () => (await fetch('/console/api/cases?queue=all')).json());
  assert.equal(held.cases.length, 10);
  for (const { summary } of held.cases) {
    assert.equal(summary.status, 'acknowledged');
    assert.equal(summary.assignee, 'kim');
  }
  assert.equal(held.cases.filter((c) => c.summary.escalated).length, 1);

  // A sort by urgency, most urgent first: the escalated (urgent) case comes first.
  await page.getByRole('button', { name: 'Urgency' }).click();
  await page.locator('th[aria-sort="descending"]', { hasText: 'Urgency' }).waitFor();
  await rows(page).first().filter({ hasText: 'escalated' }).waitFor();

  // Two panes side by side on a 1024 px laptop, one above the other on a tablet; never a page
  // that scrolls sideways.
  const laptop = await layout(page, 1024);
  assert.ok(laptop.panel.left >= laptop.list.right - 1, `side by side at 1024 px: ${JSON.stringify(laptop)}`);
  assert.equal(laptop.sideways, false, JSON.stringify(laptop));
  const tablet = await layout(page, 768, 1024);
  assert.ok(tablet.panel.top >= tablet.list.bottom - 1, `stacked at 768 px: ${JSON.stringify(tablet)}`);
  assert.equal(tablet.sideways, false, JSON.stringify(tablet));
  await page.setViewportSize({ width: 1280, height: 900 });

  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);
  await kim.context.close();
});

test('the search finds a canary inside the browser and sends the term nowhere', async () => {
  const lea = await reviewerWithKey(suite.browser, suite.heard, 'lea');
  const secret = canary('only lea searches').split(' ').pop();
  await sendByForm(`the food is cold and the key word is ${secret} here`, 'worry');
  for (let i = 0; i < 4; i += 1) await sendByForm(`an ordinary case ${i}`, i % 2 ? 'idea' : 'worry');
  await unlockAgain(lea.page, lea.passphrase);
  const { page } = lea;
  await holding(page, 5);

  const sent = [];
  page.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`));
  await page.keyboard.press('/');
  await page.keyboard.type(secret.toUpperCase());
  await page.waitForFunction(() => document.querySelectorAll('#cases tr.case-line').length === 1);
  await rows(page).first().filter({ hasText: secret }).waitFor();
  // (Fluent isolates each number with invisible direction marks.)
  await page.locator('#wb-count', { hasText: /Showing\W*1\W*of\W*5\W*cases/ }).waitFor();
  // Another term that no case holds: nothing; cleared: all five again.
  await page.locator('#wb-search').fill(`${secret} nowhere`);
  await page.waitForFunction(() => document.querySelectorAll('#cases tr.case-line').length === 0);
  await page.locator('#wb-search').fill('');
  await holding(page, 5);
  // The queue "mine": Lea was assigned none.
  await page.locator('#wb-queue').selectOption('mine');
  await page.waitForFunction(() => document.querySelectorAll('#cases tr.case-line').length === 0);
  await page.locator('#wb-queue').selectOption('all');
  await holding(page, 5);
  // A filter: the worries only (three), then the search within them.
  await page.locator('#wb-kind').selectOption('worry');
  await page.waitForFunction(() => document.querySelectorAll('#cases tr.case-line').length === 3);
  await page.locator('#wb-search').fill('food');
  await page.waitForFunction(() => document.querySelectorAll('#cases tr.case-line').length === 1);
  // Opening the found case sends requests, none with the term.
  await rows(page).first().click();
  await page.locator('#case-text', { hasText: secret }).waitFor();

  assert.ok(sent.length > 0, 'the page made requests meanwhile');
  for (const request of sent) {
    assert.ok(!request.toLowerCase().includes(secret.toLowerCase()), `the term went out: ${request}`);
    assert.ok(!request.includes('food'), `a term went out: ${request}`);
  }
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  assert.equal(stored, 0);
  for (const { path, bytes } of suite.heard.filesToScan()) {
    assert.ok(!bytes.includes(Buffer.from(secret)), `the term is in ${path}`);
  }
  await lea.context.close();
});

test('the workbench in Arabic: right to left, translated, and no axe violation', async () => {
  const sami = await reviewerWithKey(suite.browser, suite.heard, 'sami');
  await sendByForm(`رسالة ${canary('arabic')}`, 'complaint');
  const { page } = sami;
  await page.goto(`${suite.heard.consoleUrl}/inbox?lang=ar`);
  await page.locator('#unlock-passphrase').fill(sami.passphrase);
  await page.locator('#unlock button[type="submit"]').click();
  await page.waitForFunction(
    () => document.querySelector('#cases')?.dataset.readyMs !== undefined
      && document.querySelectorAll('#cases tr.case-line').length > 0,
    null,
    { timeout: 60000 },
  );
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await page.locator('label[for="wb-search"]', { hasText: 'البحث في الحالات' }).waitFor();
  await rows(page).first().click();
  await page.locator('#case-heading').waitFor();
  // Right to left: the list on the right, the open case on its left.
  const mirrored = await layout(page, 1280);
  assert.ok(mirrored.panel.right <= mirrored.list.left + 1, `mirrored: ${JSON.stringify(mirrored)}`);
  assert.equal(mirrored.sideways, false);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await page.locator('#keys-sheet', { hasText: 'الحالة التالية' }).waitFor();
  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);
  await sami.context.close();
});

test('bulk actions ask first, then change each marked case through the audited route', async () => {
  const bo = await reviewerWithKey(suite.browser, suite.heard, 'bob');
  for (let i = 0; i < 4; i += 1) await sendByForm(`bulk case ${i} ${canary('bulk')}`, 'idea');
  await unlockAgain(bo.page, bo.passphrase);
  const { page } = bo;
  await holding(page, 4);
  const ids = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.dataset.id));

  // Two marked with the mouse, one with `x` on the open case.
  await rows(page).nth(0).locator('input.mark').check();
  await rows(page).nth(1).locator('input.mark').check();
  await rows(page).nth(2).click();
  await page.locator('#case-heading').waitFor();
  await page.keyboard.press('x');
  await page.locator('#bulk-count', { hasText: /3\W*cases selected/ }).waitFor();

  // Asked first: cancelling changes nothing.
  await page.locator('#bulk-close').click();
  await page.locator('#bulk-question', { hasText: /Close\W*3\W*cases\?/ }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('#bulk-confirm').waitFor({ state: 'detached' });
  const untouched = await page.evaluate(async () => (await fetch('/console/api/cases?queue=all')).json());
  assert.ok(untouched.cases.every((c) => c.summary.status === 'new'));

  await page.locator('#bulk-close').click();
  await page.getByRole('button', { name: 'Yes, do it' }).click();
  await page.locator('#bulk-outcome', { hasText: /3\W*cases changed\./ }).waitFor();
  const held = await page.evaluate(async () => (await fetch('/console/api/cases?queue=all')).json());
  const status = Object.fromEntries(held.cases.map((c) => [c.summary.id, c.summary.status]));
  assert.deepEqual(ids.map((id) => status[id]), ['closed', 'closed', 'closed', 'new']);
  await page.locator('#cases tr.case-line', { hasText: 'Closed' }).nth(2).waitFor();

  // "Select every case shown" marks only what the filter shows.
  await page.locator('#wb-status').selectOption('new');
  await page.waitForFunction(() => document.querySelectorAll('#cases tr.case-line').length === 1);
  await page.locator('#mark-all').check();
  await page.locator('#bulk-count', { hasText: 'One case selected' }).waitFor();
  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);
  await bo.context.close();
});

test('a saved view keeps the filters and the order, never the search, and sets them again', async () => {
  const vic = await reviewerWithKey(suite.browser, suite.heard, 'vic');
  for (const kind of ['worry', 'worry', 'idea']) await sendByForm(`a ${kind} ${canary('view')}`, kind);
  await unlockAgain(vic.page, vic.passphrase);
  const { page } = vic;
  await holding(page, 3);
  const term = canary('searched').split(' ').pop();
  await page.locator('#wb-kind').selectOption('worry');
  await page.getByRole('button', { name: 'Deadline' }).click();
  await page.locator('#wb-search').fill(term);
  const bodies = [];
  page.on('request', (r) => bodies.push(`${r.url()} ${r.postData() ?? ''}`));
  await page.locator('#wb-view-name').fill('Worries by deadline');
  await page.getByRole('button', { name: 'Save these filters as a view' }).click();
  await page.locator('#wb-views-said', { hasText: 'Worries by deadline' }).waitFor();
  const put = bodies.find((b) => b.includes('/console/api/views') && b.includes('Worries'));
  assert.ok(put, 'the view was sent');
  assert.ok(!put.includes(term), 'the search is not in it');
  assert.match(put, /"kind":"worry"/);

  // A new page load: everything unset; the view sets kind and order again.
  await unlockAgain(page, vic.passphrase);
  await holding(page, 3);
  await page.locator('#wb-views').selectOption('Worries by deadline');
  await page.waitForFunction(() => document.querySelectorAll('#cases tr.case-line').length === 2);
  assert.equal(await page.locator('#wb-kind').inputValue(), 'worry');
  await page.locator('th[aria-sort="ascending"]', { hasText: 'Deadline' }).waitFor();
  assert.equal(await page.locator('#wb-search').inputValue(), '');
  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);

  await page.getByRole('button', { name: 'Delete this saved view' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#wb-views option').length === 1);
  const left = await page.evaluate(async () => (await fetch('/console/api/views')).json());
  assert.deepEqual(left, []);
  for (const { path, bytes } of suite.heard.filesToScan()) {
    assert.ok(!bytes.includes(Buffer.from(term)), `the search is in ${path}`);
  }
  await vic.context.close();
});
