// Voice: a child records instead of writing (Chromium's fake microphone), listens, sends; the
// recording is sealed in the browser with the answers, and a reviewer's browser decrypts it and
// plays it back — the very same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHeardAndChromium, canary, waitForHydration, reviewerWithKey, unlockAgain,
} from './harness.mjs';

const suite = useHeardAndChromium();

/** Notes the SHA-256 of every audio blob the page turns into an address (for playback). */
function hashAudioBlobs() {
  const original = URL.createObjectURL;
  window.audioHashes = [];
  URL.createObjectURL = function createObjectURL(blob) {
    if (blob instanceof Blob && blob.type.startsWith('audio/')) {
      blob.arrayBuffer()
        .then((bytes) => crypto.subtle.digest('SHA-256', bytes))
        .then((digest) => window.audioHashes.push([...new Uint8Array(digest)]
          .map((b) => b.toString(16).padStart(2, '0')).join('')));
    }
    return original.call(URL, blob);
  };
}

test('a recorded message decrypts in the console to the same bytes', async () => {
  const vera = await reviewerWithKey(suite.browser, suite.heard, 'vera');
  const child = await suite.browser.newContext({ locale: 'en-US', permissions: ['microphone'] });
  await child.addInitScript(hashAudioBlobs);
  const page = await child.newPage();
  const puts = [];
  page.on('request', (r) => { if (r.method() === 'PUT') puts.push(r.postDataBuffer()); });
  await page.goto(suite.heard.childUrl);
  await waitForHydration(page, 'locked before it leaves this device');
  const words = canary('voice');
  await page.getByRole('button', { name: /A worry/ }).click();
  await page.getByRole('button', { name: 'I understand, start' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'What is worrying you?' }).fill(words);
  await page.getByRole('button', { name: 'Record my voice' }).click();
  await page.getByText('Recording…').waitFor();
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await page.locator('#voice-preview').waitFor();
  await page.waitForFunction(() => window.audioHashes.length === 1);
  const recorded = await page.evaluate(() => window.audioHashes[0]);
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('You recorded a message.').waitFor();
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'Your message arrived' }).waitFor();
  assert.equal(puts.length, 1);
  assert.equal(puts[0].subarray(0, 21).toString('latin1'), 'age-encryption.org/v1', 'only ciphertext left');
  const stored = suite.heard.decryptAll().find((s) => s.envelope.text === words);
  assert.match(stored.envelope.voice.mime, /^audio\//);
  await child.close();

  await vera.page.addInitScript(hashAudioBlobs);
  await unlockAgain(vera.page, vera.passphrase);
  await vera.page.locator('#cases .case-line', { hasText: words }).click();
  await vera.page.locator('#case-voice').waitFor();
  await vera.page.waitForFunction(() => window.audioHashes.length >= 1);
  const played = await vera.page.evaluate(() => window.audioHashes[window.audioHashes.length - 1]);
  assert.equal(played, recorded, 'the console plays exactly what the child recorded');
  const duration = await vera.page.locator('#case-voice').evaluate((audio) => new Promise((resolve) => {
    if (audio.readyState >= 1) resolve(audio.duration);
    audio.addEventListener('loadedmetadata', () => resolve(audio.duration));
    audio.addEventListener('error', () => resolve(-1));
  }));
  assert.notEqual(duration, -1, 'the browser can play it');
  await vera.context.close();
});
