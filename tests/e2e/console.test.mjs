// The console in a real Chromium: an invited reviewer enrols with a password and an
// authenticator code computed as an app would; axe-core finds no WCAG 2.2 AA violation; the
// password never reaches the database files or the log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import {
  useHeardAndChromium, canary, totpCode, enrolInBrowser, signInBrowser,
} from './harness.mjs';

const suite = useHeardAndChromium();

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

test('an invited reviewer enrols, signs in with a TOTP code and signs out', async () => {
  const link = suite.heard.invite('rosa', 'reviewer');
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('heading', { name: /Welcome,.*rosa/ }).waitFor();
  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);

  const password = canary('password');
  const key = (await page.locator('.totp-key').innerText()).trim();
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByLabel('Six-digit code').fill('123456' === totpCode(key) ? '654321' : '123456');
  await page.getByRole('button', { name: 'Finish setting up' }).click();
  await page.getByRole('alert').filter({ hasText: 'That code did not match' }).waitFor();

  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByLabel('Six-digit code').fill(totpCode(key));
  await page.getByRole('button', { name: 'Finish setting up' }).click();
  await page.getByRole('heading', { name: 'Your account is ready' }).waitFor();

  await page.goto(link);
  await page.getByText('This link is not valid').waitFor();

  // Sign in. The enrolment used the current code; a code works once, so take the next one.
  await page.goto(`${suite.heard.consoleUrl}/login`);
  const loginAxe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(loginAxe.violations.map((v) => `${v.id}: ${v.help}`), []);
  await page.getByLabel('Handle').fill('rosa');
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Six-digit code').fill(totpCode(key, Date.now() / 1000 + 30));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText('Signed in as').waitFor();
  const homeAxe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(homeAxe.violations.map((v) => `${v.id}: ${v.help}`), []);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();

  for (const { path, bytes } of suite.heard.filesToScan()) {
    assert.ok(!bytes.includes(Buffer.from(password)), `the password is in ${path}`);
  }
  await context.close();
});

test('an auditor sees the verified audit log, and axe-core finds no violation there', async () => {
  const link = suite.heard.invite('aud', 'auditor');
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const password = canary('auditor');
  const key = await enrolInBrowser(page, link, password);
  await signInBrowser(page, suite.heard.consoleUrl, 'aud', password, key);
  await page.goto(`${suite.heard.consoleUrl}/audit`);
  await page.getByText('The chain is intact').waitFor();
  const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);
  await context.close();
});

test('axe-core finds no violation on the console home (en, es)', async () => {
  for (const locale of ['en-US', 'es-ES']) {
    const context = await suite.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(suite.heard.consoleUrl);
    const axe = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), [], locale);
    await context.close();
  }
});
