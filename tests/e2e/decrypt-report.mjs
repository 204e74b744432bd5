// Browser report: the time a reviewer's browser takes to decrypt and render a page of 50 cases,
// to fetch that page (server time included), and to unlock the key (age scrypt); and a child's
// whole send (proof of work included). Run with `cargo xtask bench`. Not a test: it prints figures.
// The workbench puts the time from the start of decryption to the next painted frame on the
// list (`data-page-ms`); the page is re-rendered by switching the queue away and back.
import { randomBytes } from 'node:crypto';
import { startHeard, launchChromium, enrolInBrowser, signInBrowser } from './harness.mjs';

const CASES = 50;
const RUNS = 7;
const heard = await startHeard();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const password = 'a benchmark password';
  const passphrase = 'a benchmark key passphrase';
  const key = await enrolInBrowser(page, heard.invite('bench', 'reviewer'), password);
  await signInBrowser(page, heard.consoleUrl, 'bench', password, key);
  await page.goto(`${heard.consoleUrl}/inbox`);
  await page.getByLabel('Key passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Key passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Make and lock my key' }).click();
  await page.getByText('Your key is unlocked in this page.').waitFor({ timeout: 60000 });

  for (let i = 0; i < CASES; i += 1) {
    const body = new URLSearchParams({
      submission_id: randomBytes(16).toString('hex'),
      text: `Benchmark case ${i}: ${'words of a child '.repeat(20)}`,
    });
    const r = await fetch(new URL("/send", heard.childUrl), { method: 'POST', body, redirect: 'manual' });
    if (r.status !== 303) throw new Error(`a benchmark case did not arrive: ${r.status}`);
  }

  await page.reload();
  const unlockStart = Date.now();
  await page.getByLabel('Key passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('#cases .case-line').nth(CASES - 1).waitFor({ timeout: 60000 });
  const unlockMs = Date.now() - unlockStart;

  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.locator('#wb-queue').selectOption('mine');
    await page.waitForFunction(() => document.querySelectorAll('#cases .case-line').length === 0);
    const before = await page.locator('#cases').getAttribute('data-page-ms');
    await page.locator('#wb-queue').selectOption('all');
    await page.waitForFunction(
      ([n, prev]) => document.querySelectorAll('#cases .case-line').length === n
        && document.querySelector('#cases').dataset.pageMs !== prev,
      [CASES, before],
    );
    times.push(Number(await page.locator('#cases').getAttribute('data-page-ms')));
  }
  // The page's request as the browser makes it: query, one audit entry per case (one durable
  // transaction), JSON with 50 ciphertexts.
  const fetchMs = await page.evaluate(async (runs) => {
    const out = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const r = await fetch('/console/api/cases?queue=all');
      await r.json();
      out.push(performance.now() - start);
    }
    return out.sort((a, b) => a - b);
  }, RUNS);
  times.sort((a, b) => a - b);
  console.log(`Decrypt and render ${CASES} cases in Chromium: median ${times[RUNS >> 1].toFixed(1)} ms, worst ${times[RUNS - 1].toFixed(1)} ms (${RUNS} runs)`);
  console.log(`GET /console/api/cases (50 cases, audited) from the browser: median ${fetchMs[RUNS >> 1].toFixed(1)} ms, worst ${fetchMs[RUNS - 1].toFixed(1)} ms`);
  // A child's send as the child sees it: fetch the recipients (and a challenge), solve the proof
  // of work, seal in the browser, PUT, until "Your message arrived" shows.
  const child = await browser.newContext({ locale: 'en-US' });
  const childPage = await child.newPage();
  const sends = [];
  for (let run = 0; run < 5; run += 1) {
    await childPage.goto(heard.childUrl);
    await childPage.locator('.locked-note', { hasText: 'locked before it leaves this device' }).first().waitFor();
    await childPage.getByRole('button', { name: /An idea or what I think/ }).click();
    await childPage.getByRole('button', { name: 'I understand, start' }).click();
    await childPage.getByRole('textbox', { name: 'What is your idea?' }).fill(`A benchmark send ${run}`);
    await childPage.getByRole('button', { name: 'Next' }).click();
    await childPage.getByRole('button', { name: 'Next' }).click();
    const start = Date.now();
    await childPage.getByRole('button', { name: 'Send' }).click();
    await childPage.getByRole('heading', { name: 'Your message arrived' }).waitFor();
    sends.push(Date.now() - start);
  }
  sends.sort((a, b) => a - b);
  await child.close();
  console.log(`Child send in Chromium (recipients, proof of work, sealing, PUT): median ${sends[2]} ms, worst ${sends[4]} ms (5 runs)`);
  console.log(`Unlock (age scrypt) + first page of ${CASES}, wall clock: ${unlockMs} ms`);
  await context.close();
} finally {
  await browser.close();
  await heard.stop();
}
