// A 10-question consultation answered as a child on a slow phone would: a 360×740 Chromium, the
// network limited to 1.6 Mbit/s down, 750 kbit/s up and 150 ms latency, the CPU slowed 4×.
// Prints the time of each screen (from the tap to the next page loaded) and the bytes the whole
// consultation transferred. Run with `cargo xtask bench`. Not a test: it prints figures.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHeard, launchChromium, slowPhone } from './harness.mjs';

const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const KINDS = ['scale', 'single', 'multiple', 'ranking', 'single', 'scale', 'multiple', 'single', 'ranking', 'scale'];
const ID = 'ten-questions';

function definition() {
  const lines = [`id = "${ID}"`, `opens_on = "${day(-1)}"`, `closes_on = "${day(9)}"`, 'locales = ["en"]', ''];
  const texts = ['[texts.en]', 'title = "Ten questions"', 'purpose = "To measure."', 'audience = "The team"'];
  KINDS.forEach((kind, i) => {
    const q = `q${i}`;
    const options = kind === 'scale' ? 5 : 4;
    lines.push('[[questions]]', `key = "${q}"`, `kind = "${kind}"`, 'icon = "⭐"', 'options = [');
    for (let o = 0; o < options; o += 1) lines.push(`  { key = "o${o}", icon = "🙂" },`);
    lines.push(']', '');
    texts.push(`${q} = "Question ${i + 1}: what do you think about this part of your life here?"`.replace(`${q} =`, `q-${q} =`));
    for (let o = 0; o < options; o += 1) texts.push(`q-${q}-o${o} = "Answer ${o + 1}"`);
  });
  return [...lines, ...texts, ''].join('\n');
}

const heard = await startHeard();
const browser = await launchChromium();
try {
  const file = join(heard.dataDir, '..', `${heard.dataDir.split('/').pop()}-ten.toml`);
  writeFileSync(file, definition());
  heard.cli('consultations', 'add', file);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await slowPhone(context, page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });

  const times = [];
  const timed = async (act, url) => {
    const t = Date.now();
    await act();
    await page.waitForURL(url);
    await page.waitForLoadState('load');
    times.push(Date.now() - t);
  };
  await timed(() => page.goto(new URL(`/consult/${ID}`, heard.childUrl).href), `**/consult/${ID}`);
  await timed(() => page.locator('form button[type=submit]').click(), `**/consult/${ID}/q/1`);
  for (const [i, kind] of KINDS.entries()) {
    const next = i + 1 < KINDS.length ? `**/consult/${ID}/q/${i + 2}` : `**/consult/${ID}/thanks`;
    await timed(async () => {
      if (kind === 'ranking') {
        for (let o = 0; o < 4; o += 1) await page.selectOption(`#choice-o${o}`, String(o + 1));
      } else {
        await page.locator('#choice-o1').check();
      }
      await page.locator('button[value=next]').click();
    }, next);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log('consultation on a slow phone (360×740, 1.6 Mbit/s down, 750 kbit/s up, 150 ms, CPU 4× slower)');
  console.log(`screens: ${times.length} (first screen, 10 questions, thanks)`);
  console.log(`each screen, ms: ${times.join(' ')}`);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]} ms, slowest ${sorted.at(-1)} ms`);
  console.log(`transferred for the whole consultation: ${(bytes / 1024).toFixed(1)} KiB`);
  await context.close();
} finally {
  await browser.close();
  await heard.stop();
}
