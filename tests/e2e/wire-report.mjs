// What the intake page costs on the wire: a phone-sized Chromium loads the child's start page
// until the bundle has hydrated (the browser's own sealing is ready), and the bytes each response
// took on the network are summed, with the encoding each was sent in. Run with
// `node tests/e2e/wire-report.mjs` after `cargo xtask build`. Not a test: it prints figures.
import { startHeard, launchChromium, waitForHydration } from './harness.mjs';

const heard = await startHeard();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sent = new Map();
  let bytes = 0;
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    sent.set(e.requestId, { url: new URL(e.response.url).pathname, encoding: headers['content-encoding'] ?? 'none' });
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    const response = sent.get(e.requestId);
    if (response) response.bytes = e.encodedDataLength;
  });
  await page.goto(heard.childUrl);
  await waitForHydration(page, 'locked before it leaves this device');
  await page.waitForLoadState('networkidle');
  console.log('wire report: the intake page until the browser can seal (360×740 Chromium)');
  for (const r of sent.values()) console.log(`${r.url}\t${r.encoding}\t${((r.bytes ?? 0) / 1024).toFixed(1)} KiB`);
  console.log(`total on the wire: ${(bytes / 1024).toFixed(1)} KiB`);
  await context.close();
} finally {
  await browser.close();
  await heard.stop();
}
