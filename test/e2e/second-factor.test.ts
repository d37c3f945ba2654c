// The second step of sign-in in the browser, with the requirement on as in production: an
// administrator sets up the authenticator app at the first sign-in (Turkish), then signs in
// with a code; a decision-maker does the same in Persian, right to left.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { totpAt, TOTP_STEP_SECONDS } from '../../src/modules/access/totp.ts';
import { launchBrowser, newContext, screenshot, watchErrors } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let adminRecoveryCodes: string[] = [];

before(async () => {
  server = await startServer({ secondFactor: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const codeFor = (secret: string, steps = 0) => totpAt(secret, Date.now() + steps * TOTP_STEP_SECONDS * 1000);

async function password(page: Page, username: string, pw: string) {
  await page.goto('/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(pw);
  await page.locator('form button[type=submit]').click();
}

/** Enrols in the browser; returns the key the screen showed and the recovery codes. */
async function enrol(page: Page, shot: string): Promise<{ secret: string; codes: string[] }> {
  await page.locator('#totp-key').waitFor();
  assert.equal(await page.locator('.qr-code svg').count(), 1, 'the QR code is drawn');
  const secret = (await page.locator('#totp-key').innerText()).replace(/\s/g, '');
  assert.match(secret, /^[A-Z2-7]{32}$/);
  await screenshot(page, shot);
  await page.locator('#code').fill(codeFor(secret));
  await page.locator('form button[type=submit]').click();
  await page.locator('.recovery-codes li').first().waitFor();
  const codes = await page.locator('.recovery-codes li').allInnerTexts();
  assert.equal(codes.length, 10);
  await screenshot(page, `${shot}-recovery-codes`);
  await page.getByRole('checkbox').check();
  return { secret, codes };
}

void test('an administrator sets up the app at first sign-in, then signs in with a code (Turkish)', async () => {
  const first = await newContext(browser, server.url, 'tr-TR');
  const page = await first.newPage();
  const errors = watchErrors(page);
  await password(page, 'admin', server.adminPassword);
  await page.locator('#totp-key').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'İkinci doğrulama adımını kurun');
  const { secret, codes } = await enrol(page, 'tr-enrolment');
  adminRecoveryCodes = codes;
  await page.getByRole('button', { name: "Koruma'ya devam et" }).click();
  await page.locator('#q').waitFor();
  assert.deepEqual(errors, []);
  await first.close();

  // Another day: the password, then the code step.
  const second = await newContext(browser, server.url, 'tr-TR');
  const other = await second.newPage();
  await password(other, 'admin', server.adminPassword);
  await other.locator('#code').waitFor();
  assert.equal(await other.locator('h1').innerText(), 'İkinci adım: kod');
  await screenshot(other, 'tr-code-step');
  const wrong = String((Number(codeFor(secret)) + 500_000) % 1_000_000).padStart(6, '0');
  await other.locator('#code').fill(wrong);
  await other.locator('form button[type=submit]').click();
  await other.locator('.field-error').waitFor();
  assert.match(await other.locator('.field-error').innerText(), /Bu kod doğru değil/);
  await screenshot(other, 'tr-code-step-wrong');
  await other.locator('#code').fill(codeFor(secret, 1));
  await other.locator('form button[type=submit]').click();
  await other.locator('#q').waitFor();

  // The administration page lists the second factors.
  await other.getByRole('link', { name: 'Yönetim' }).click();
  await other.locator('.factor-table').waitFor();
  assert.match(await other.locator('.factor-table').innerText(), /admin\s+Yönetici[\s\S]*Kurulu/);
  await screenshot(other, 'tr-administration');
  await second.close();
});

void test('a decision-maker does the same in Persian, right to left, and may use a recovery code', async () => {
  assert.ok(adminRecoveryCodes.length, 'runs after the administrator has enrolled');
  // The administrator (signed in with a recovery code) creates the account.
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: server.adminPassword }),
  }).then((r) => r.json() as Promise<{ challenge: string }>);
  const admin = await fetch(`${server.url}/api/v1/auth/login/second-factor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ challenge: login.challenge, recoveryCode: adminRecoveryCodes[0] }),
  }).then((r) => r.json() as Promise<{ token: string }>);
  const created = await fetch(`${server.url}/api/v1/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
    body: JSON.stringify({
      username: 'dm.tehrani',
      displayName: 'Dm Tehrani',
      role: 'decision_maker',
      provinceCode: '34',
      password: 'decision-maker-password-1',
      preferredLanguage: 'fa',
    }),
  });
  assert.equal(created.status, 201);

  const context = await newContext(browser, server.url, 'fa-IR');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await password(page, 'dm.tehrani', 'decision-maker-password-1');
  await page.locator('#totp-key').waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('h1').innerText(), 'راه‌اندازی عامل دوم');
  assert.equal(await page.locator('#totp-key').getAttribute('dir'), 'ltr', 'the key reads left to right');
  const { secret } = await enrol(page, 'fa-enrolment');
  await page.getByRole('button', { name: 'ادامه به Koruma' }).click();
  await page.locator('nav').first().waitFor();
  await context.close();

  const again = await newContext(browser, server.url, 'fa-IR');
  const other = await again.newPage();
  await password(other, 'dm.tehrani', 'decision-maker-password-1');
  await other.locator('#code').waitFor();
  assert.equal(await other.locator('h1').innerText(), 'گام دوم: کد');
  await screenshot(other, 'fa-code-step');
  await other.getByRole('button', { name: 'به‌جای آن از کد بازیابی استفاده کنید' }).click();
  await other.locator('#recovery-code').waitFor();
  await screenshot(other, 'fa-recovery-step');
  await other.getByRole('button', { name: 'به‌جای آن از برنامهٔ احراز هویت استفاده کنید' }).click();
  await other.locator('#code').fill(codeFor(secret, 1));
  await other.locator('form button[type=submit]').click();
  await other.locator('nav').first().waitFor();
  assert.equal(await other.locator('html').getAttribute('lang'), 'fa');
  assert.deepEqual(errors, []);
  await again.close();
});
