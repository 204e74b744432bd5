// Stories end to end in a real Chromium: a child tells a story and says yes to public education
// only; a story editor opens it in their browser and prepares a version; the child comes back
// with the pictures, reads that exact version (opened in their browser) and approves it; the
// editor publishes it and it appears on the public page word for word; the child takes the yes
// back and the story is gone from the page and from the editor's view at once. The story and
// consent screens are checked with axe-core in English (LTR) and Arabic (RTL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHeardAndChromium, canary, waitForHydration, reviewerWithKey, unlockAgain, fakeVoices,
  noAxeViolations as axe,
} from './harness.mjs';

const suite = useHeardAndChromium();

/** Tells a story through the guided flow, saying yes only to the purposes in `yes`. */
async function tellStory(page, words, yes, check = async () => {}) {
  await page.locator('button.kind-story').click();
  await page.locator('#step-before').getByRole('button', { name: /./ }).last().click();
  await page.locator('#message').fill(words);
  await page.locator('#step-words').getByRole('button').last().click();
  await page.locator('#step-place').getByRole('button').last().click();
  for (const purpose of ['learning', 'advocacy', 'public', 'media']) {
    const screen = page.locator(`#step-consent-${purpose}`);
    await screen.waitFor();
    assert.equal(await screen.locator(`input[name=consent-${purpose}][value=no]`).isChecked(), true, `${purpose} is no by default`);
    await check(page, `consent ${purpose}`);
    if (yes.includes(purpose)) await screen.locator(`input[name=consent-${purpose}][value=yes]`).check();
    await screen.getByRole('button').last().click();
  }
  await page.locator('#step-naming').waitFor();
  assert.equal(await page.locator('input[name=naming][value=none]').isChecked(), true, 'not named by default');
  await check(page, 'naming');
  await page.locator('#step-naming').getByRole('button').last().click();
  await page.locator('#step-age').waitFor();
  await check(page, 'age');
  await page.locator('#step-age').getByRole('button').last().click();
  await page.locator('#step-review').waitFor();
  await check(page, 'review');
  await page.locator('#step-review button[type=submit]').click();
  await page.locator('#code-card').waitFor({ timeout: 60000 });
  return page.locator('#code-card .code-slots .pic-name').allInnerTexts();
}

async function enterCode(page, names) {
  for (const name of names) await page.getByRole('button', { name, exact: true }).click();
  await page.locator('#back-open').click();
}

test('tell, consent to public only, edit, approve, publish word for word, withdraw, gone', async () => {
  const editor = await reviewerWithKey(suite.browser, suite.heard, 'eve', 'story_editor', '/stories');
  const words = canary('my story');
  const child = await suite.browser.newContext({ locale: 'en-US' });
  await fakeVoices(child, [{ lang: 'en-US', name: 'Device voice', localService: true }]);
  const page = await child.newPage();
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, 'locked before it leaves this device');
  const names = await tellStory(page, words, ['public'], async (p, where) => {
    await axe(p, where);
    if (where !== 'consent public') return;
    // Each purpose is read aloud on request, with the question, by a voice of the device.
    await p.locator('#step-consent-public .read-aloud').click();
    const spoken = await p.evaluate(() => window.spoken.at(-1));
    assert.match(spoken.text, /anyone can read it/);
    assert.match(spoken.text, /May we use your story for this\?/);
    assert.equal(spoken.voice, 'Device voice');
  });
  assert.equal(names.length, 8);
  await axe(page, 'story sent');
  await child.close();
  assert.ok(suite.heard.decryptAll().every((s) => s.envelope.text !== words), 'a story is not a case');

  await unlockAgain(editor.page, editor.passphrase);
  // The list carries no sealed words: the editor opens the story, which fetches it then.
  await editor.page.getByRole('button', { name: 'Open this story' }).click();
  const item = editor.page.locator('.story-item', { hasText: words });
  await item.waitFor();
  assert.equal(await item.locator('tr[data-purpose=public] .child-yes').innerText(), 'yes');
  assert.equal(await item.locator('tr[data-purpose=media] .child-yes').innerText(), 'no');
  assert.deepEqual(await item.locator('.prepare-version select').first().locator('option').allInnerTexts(), ['Public: our website and reports']);
  const edited = canary('edited version');
  await item.locator('.prepare-version textarea').fill(edited);
  await item.getByRole('button', { name: 'Send to the child to read' }).click();
  await editor.page.locator('.story-item .version', { hasText: edited }).waitFor();

  const again = await suite.browser.newContext({ locale: 'en-US' });
  const back = await again.newPage();
  await back.goto(new URL('/back', suite.heard.childUrl).href);
  await back.getByRole('heading', { name: 'Come back with your secret pictures' }).waitFor();
  await enterCode(back, names);
  await back.locator('#story-versions .version-text', { hasText: edited }).waitFor({ timeout: 30000 });
  await axe(back, 'story opened');
  await back.getByRole('button', { name: 'Yes, use these exact words' }).click();
  await back.getByText('Only these exact words can be used.').waitFor();

  await unlockAgain(editor.page, editor.passphrase);
  await editor.page.getByRole('button', { name: 'Open this story' }).click();
  await editor.page.getByRole('button', { name: 'Publish on the public story page' }).click();
  await editor.page.getByText('Published on the public story page.').waitFor();

  const reader = await suite.browser.newContext({ locale: 'en-US' });
  const pub = await reader.newPage();
  const requests = [];
  pub.on('request', (r) => requests.push(r.url()));
  await pub.goto(new URL('/stories', suite.heard.childUrl).href);
  const shown = await pub.locator('#public-stories .case-text').allInnerTexts();
  assert.deepEqual(shown, [edited], 'exactly the approved words, and nothing else');
  assert.ok(requests.every((u) => u.startsWith(suite.heard.childUrl)), `only this site: ${requests}`);
  assert.equal(await pub.locator('script').count(), 0, 'no script on the public page');
  await axe(pub, 'public story page');

  await back.locator('#back-purpose-public').getByRole('button', { name: 'Take back my yes' }).click();
  await back.getByText('Your story is not used for this any more.').waitFor();
  await pub.reload();
  assert.equal(await pub.locator('#public-stories .case-text').count(), 0, 'gone from the page at once');
  await pub.getByText('There are no stories here yet.').waitFor();
  await unlockAgain(editor.page, editor.passphrase);
  await editor.page.locator('#stories-empty').waitFor();
  assert.equal(await editor.page.locator('.story-item').count(), 0, 'gone from the editor at once');
  for (const { path, bytes } of suite.heard.filesToScan()) {
    assert.ok(!bytes.includes(Buffer.from(words)), `the story's own words in ${path}`);
  }
  await Promise.all([again.close(), reader.close(), editor.context.close()]);
});

test('the story, consent and public screens in Arabic, right to left, with no WCAG violation', async () => {
  const context = await suite.browser.newContext({ locale: 'ar' });
  const page = await context.newPage();
  await page.goto(new URL('/?lang=ar', suite.heard.childUrl).href);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await page.waitForFunction(() => document.querySelector('button.kind-story') && !document.querySelector('button.kind-story').closest('[hidden]'));
  await page.waitForTimeout(500);
  const names = await tellStory(page, canary('قصتي'), [], (p, where) => axe(p, `${where} (ar)`));
  await axe(page, 'story sent (ar)');
  const back = await context.newPage();
  await back.goto(new URL('/back?lang=ar', suite.heard.childUrl).href);
  await enterCode(back, names);
  await back.locator('#story-consents .consent-line').first().waitFor({ timeout: 30000 });
  assert.equal(await back.locator('#story-consents .consent-give').count(), 4, 'every purpose is "no", and can become yes');
  await axe(back, 'story opened (ar)');
  await back.goto(new URL('/stories?lang=ar', suite.heard.childUrl).href);
  assert.equal(await back.locator('html').getAttribute('dir'), 'rtl');
  await axe(back, 'public story page (ar)');
  await context.close();
});
