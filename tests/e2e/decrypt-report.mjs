// Browser report: the reviewer's workbench with 50, 500 and 1,000 cases — the time from
// pressing Unlock (age scrypt included) to a searchable list (every case fetched, decrypted in
// the browser and indexed: the table's `data-ready-ms` is the part after the key opened), and the
// time to open the next case by its key; the page's request (server time included); and a
// child's whole send (proof of work included). Run with `cargo xtask bench`. Not a test: it prints
// figures.
import { randomBytes } from 'node:crypto';
import { startHeard, launchChromium, enrolInBrowser, signInBrowser } from './harness.mjs';

const SIZES = (process.env.HEARD_BENCH_CASES ?? '50,500,1000').split(',').map(Number);
const RUNS = 7;
const heard = await startHeard({ extraArgs: ['--send-limit', '100000'] });
const browser = await launchChromium();

/** Each case's own random word, for the search. */
const tags = [];

/** Sends cases by the no-JavaScript form until `total` have been sent. */
async function sendUpTo(total, sent) {
  for (let i = sent; i < total; i += 1) {
    tags.push(randomBytes(6).toString('hex'));
    const page = await (await fetch(new URL('/', heard.childUrl))).text();
    const value = (name) => page.slice(page.indexOf(`name="${name}"`)).match(/value="([^"]*)"/)[1];
    const body = new URLSearchParams({
      submission_id: value('submission_id'),
      form_token: value('form_token'),
      text: `Benchmark case ${i} ${tags[i]}: ${'words of a child '.repeat(20)}`,
    });
    const r = await fetch(new URL('/send', heard.childUrl), { method: 'POST', body, redirect: 'manual' });
    if (r.status !== 303) throw new Error(`a benchmark case did not arrive: ${r.status}`);
  }
  return total;
}

try {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
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

  let sent = 0;
  for (const size of SIZES) {
    sent = await sendUpTo(size, sent);
    await page.reload();
    const unlockStart = Date.now();
    await page.getByLabel('Key passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#cases tr.case-line').length === n
        && document.querySelector('#cases')?.dataset.readyMs !== undefined,
      size,
      { timeout: 300000 },
    );
    const searchableMs = Date.now() - unlockStart;
    const listMs = Number(await page.locator('#cases').getAttribute('data-ready-ms'));
    const nextMs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = Date.now();
      await page.keyboard.press('j');
      const reference = (await page.locator('#cases tr[aria-current="true"] button.case-ref').innerText()).trim();
      await page.locator('#case-text').waitFor();
      await page.locator('#case-heading', { hasText: reference }).waitFor();
      nextMs.push(Date.now() - start);
    }
    nextMs.sort((a, b) => a - b);
    // A search that keeps one case, then cleared: from the keystroke to the list redrawn.
    const term = tags[Math.floor(size / 2)];
    let start = Date.now();
    await page.locator('#wb-search').fill(term);
    await page.waitForFunction(() => document.querySelectorAll('#cases tr.case-line').length === 1);
    const searchMs = Date.now() - start;
    start = Date.now();
    await page.locator('#wb-search').fill('');
    await page.waitForFunction((n) => document.querySelectorAll('#cases tr.case-line').length === n, size);
    const clearMs = Date.now() - start;
    console.log(`Workbench with ${size} cases in Chromium: Unlock to a searchable list ${searchableMs} ms `
      + `(fetch, decrypt and index after the key opened: ${listMs} ms); next case by key: median `
      + `${nextMs[RUNS >> 1]} ms, worst ${nextMs[RUNS - 1]} ms; a search down to one case ${searchMs} ms, `
      + `cleared back to all ${clearMs} ms`);
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
  await context.close();
} finally {
  await browser.close();
  await heard.stop();
}
