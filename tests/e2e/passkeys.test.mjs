// Passkeys in a real Chromium with its virtual authenticator (CDP WebAuthn domain, a platform
// authenticator that verifies its user): an admin adds a passkey after a fresh code, signs in
// with password + passkey instead of a code, disables an account with the passkey as step-up
// (good for one action only), and removes the passkey with it. axe-core checks the page.
// Passkeys need a domain name, so this test visits the console as `localhost`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useHeardAndChromium, enrolInBrowser, signInBrowser, freshCode, noAxeViolations,
} from './harness.mjs';

const suite = useHeardAndChromium();

const onLocalhost = (url) => url.replace('//127.0.0.1:', '//localhost:');

test('on a bare IP address the console offers no passkey (WebAuthn refuses one)', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${suite.heard.consoleUrl}/login`);
  assert.match(suite.heard.consoleUrl, /127\.0\.0\.1/);
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-passkey-login]')?.hidden === true);
  await context.close();
});

test('an admin adds a passkey, signs in and confirms actions with it, and removes it', async () => {
  const consoleUrl = onLocalhost(suite.heard.consoleUrl);
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', transport: 'internal', hasResidentKey: true,
      hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true,
    },
  });
  const benContext = await suite.browser.newContext({ locale: 'en-US' });
  await enrolInBrowser(await benContext.newPage(), suite.heard.invite('ben', 'reviewer'), 'password of ben, long enough');
  await benContext.close();
  const password = 'password of ada, long enough';
  const key = await enrolInBrowser(page, onLocalhost(suite.heard.invite('ada', 'admin')), password);
  const ada = { key, usedStep: await signInBrowser(page, consoleUrl, 'ada', password, key) };

  // Adding asks for a fresh second factor: without one, nothing is added.
  await page.getByRole('link', { name: 'Your passkeys' }).click();
  await page.getByRole('heading', { name: 'Your passkeys' }).waitFor();
  await noAxeViolations(page, 'passkeys page');
  await page.getByLabel('Name', { exact: true }).fill('test laptop');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.getByText(/That code is not right or was already used/).waitFor();
  let stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  assert.equal(stored.credentials.length, 0);
  await page.getByLabel('A fresh code from your own authenticator app').fill(await freshCode(ada));
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.getByText('Your passkey was added.').waitFor();
  await page.getByRole('cell', { name: 'test laptop', exact: true }).waitFor();
  stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  assert.equal(stored.credentials.length, 1);
  assert.equal(stored.credentials[0].rpId, 'localhost');
  await noAxeViolations(page, 'passkeys page with a passkey');

  // Sign out; sign in with handle, password and the passkey, no code.
  await page.goto(consoleUrl);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`${consoleUrl}/login`);
  await noAxeViolations(page, 'sign-in page with passkeys');
  await page.getByLabel('Handle').fill('ada');
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in with a passkey instead of a code' }).click();
  await page.getByText('The handle, password or code is not right.').waitFor();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in with a passkey instead of a code' }).click();
  await page.getByText('Signed in as').waitFor();
  stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  assert.ok(stored.credentials[0].signCount >= 2, 'the authenticator signed twice (add, sign in)');

  // Step-up with the passkey: disable Ben. The confirmation serves that one action only.
  await page.goto(`${consoleUrl}/accounts`);
  const benRow = page.getByRole('row', { name: /ben/ });
  await benRow.getByRole('button', { name: 'Use my passkey instead' }).click();
  await page.getByText(/ben\u2069? is disabled/).waitFor();
  await page.getByRole('row', { name: /ben/ }).getByRole('button', { name: 'Enable ben' }).click();
  await page.getByText(/That code is not right or was already used/).waitFor();

  // Remove the passkey, confirming with it; then it no longer signs anyone in.
  await page.goto(`${consoleUrl}/passkeys`);
  await page.getByRole('row', { name: /test laptop/ })
    .getByRole('button', { name: 'Use my passkey instead' }).click();
  await page.getByText('The passkey was removed.').waitFor();
  await page.getByText('You have no passkeys yet.').waitFor();
  await page.goto(consoleUrl);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`${consoleUrl}/login`);
  await page.getByLabel('Handle').fill('ada');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in with a passkey instead of a code' }).click();
  await page.getByText('The handle, password or code is not right.').waitFor();
  await context.close();
});
