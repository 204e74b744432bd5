// The child's intake page on a slow phone, as issue "the child's device" measures it: a 360×740
// Chromium, the network limited to 1.6 Mbit/s down, 750 kbit/s up and 150 ms latency, the CPU
// slowed 4×. For English and Arabic, three cold visits each (a fresh browser profile) and one
// visit again with the cache kept: first words on screen (first contentful paint), interactive
// (the browser's own sealing ready: the page has hydrated), a complaint walked through the flow
// and sent (from opening the page to "Your message arrived"), and the bytes on the wire until
// interactive. Run with `cargo xtask bench`. Not a test: it prints figures.
import { startHeard, launchChromium, slowPhone } from './harness.mjs';

const LOCKED = { en: 'locked before it leaves this device', ar: 'تُقفَل قبل أن تخرج' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function slowPage(context) {
  const page = await context.newPage();
  const cdp = await slowPhone(context, page);
  const wire = { bytes: 0 };
  cdp.on('Network.loadingFinished', (e) => { wire.bytes += e.encodedDataLength; });
  return { page, wire };
}

/** One visit: open, wait until interactive, then walk a complaint through and send it. */
async function visit(page, wire, url, lang) {
  const start = Date.now();
  await page.goto(url);
  await page.locator('.locked-note', { hasText: LOCKED[lang] }).first().waitFor({ timeout: 60000 });
  const interactive = Date.now() - start;
  const bytes = wire.bytes;
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await page.locator('button.kind-complaint').click();
  for (;;) {
    const step = await page.locator('section.step:not([hidden])').getAttribute('id');
    if (step === 'step-review') break;
    if (step === 'step-write') await page.locator('#message').fill('The food is cold every evening.');
    await page.locator('.step:not([hidden]) .step-nav button:not(.secondary)').click();
  }
  await page.locator('#step-review button[type=submit]').click();
  await page.locator('section.sent:not([hidden])').waitFor({ timeout: 60000 });
  return { fcp, interactive, sent: Date.now() - start, bytes };
}

const heard = await startHeard();
const browser = await launchChromium();
try {
  console.log('intake page on a slow phone (360×740, 1.6 Mbit/s down, 750 kbit/s up, 150 ms, CPU 4× slower)');
  console.log('lang\tvisit\tFCP ms\tinteractive ms\tsent ms\ton the wire until interactive');
  for (const lang of ['en', 'ar']) {
    const url = new URL(`/?lang=${lang}`, heard.childUrl).href;
    const cold = [];
    for (let i = 0; i < 3; i += 1) {
      const context = await browser.newContext({ locale: lang, viewport: { width: 360, height: 740 } });
      const { page, wire } = await slowPage(context);
      cold.push(await visit(page, wire, url, lang));
      if (i === 2) {
        // The same phone again: the bundle is kept (immutable), only the page travels.
        const again = await slowPage(context);
        const warm = await visit(again.page, again.wire, url, lang);
        console.log(`${lang}\tagain\t${warm.fcp.toFixed(0)}\t${warm.interactive}\t${warm.sent}\t${(warm.bytes / 1024).toFixed(1)} KiB`);
      }
      await context.close();
    }
    for (const [i, r] of cold.entries()) {
      console.log(`${lang}\tcold ${i + 1}\t${r.fcp.toFixed(0)}\t${r.interactive}\t${r.sent}\t${(r.bytes / 1024).toFixed(1)} KiB`);
    }
    console.log(`${lang}\tmedian cold: FCP ${median(cold.map((r) => r.fcp)).toFixed(0)} ms, interactive ${median(cold.map((r) => r.interactive))} ms, sent ${median(cold.map((r) => r.sent))} ms`);
  }
} finally {
  await browser.close();
  await heard.stop();
}
