// Signing in and out, the remembered language, the way back to the page asked for, an ended
// session, and the audit trail an administrator reads.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiClient, person, type Registered } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let layla: Registered;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const api = await apiClient(server.url, server.adminPassword);
  layla = await api.post<Registered>(
    '/api/v1/persons',
    person({
      givenName: 'Layla',
      familyName: 'Hassan',
      givenNameOriginal: 'ليلى',
      familyNameOriginal: 'حسن',
      sex: 'female',
      nationality: 'IRQ',
      dateOfBirth: '1990-07-14',
    }),
  );
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

void test('a wrong password is refused in the interface language', async () => {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL(/\/sign-in/);
  assert.equal(await page.locator('h1').innerText(), 'Giriş yap');
  await page.locator('form button[type=submit]').click();
  assert.equal(await page.locator('.field-error').count(), 2, 'both fields are required');
  await page.locator('#username').fill('admin');
  await page.locator('#password').fill('not-the-password');
  await page.locator('form button[type=submit]').click();
  assert.match(await page.getByRole('alert').innerText(), /Kullanıcı adı veya parola yanlış/);
  await screenshot(page, 'tr-sign-in-error');
  await context.close();
});

void test('the language follows the account, and sign-in returns to the page asked for', async () => {
  const first = await newContext(browser, server.url, 'tr-TR');
  const page = await first.newPage();
  const errors = watchErrors(page);
  await signIn(page, server.adminPassword);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH',
  );
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal((await saved).status(), 200);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('h1').innerText(), 'Registration desk');
  await page.reload();
  await page.locator('#q').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'remembered on this device');
  assert.deepEqual(errors, []);
  await first.close();

  // Another machine: the sign-in page follows the browser (Turkish), the account says English.
  const second = await newContext(browser, server.url, 'tr-TR');
  const other = await second.newPage();
  await other.goto(`/persons/${layla.id}`);
  await other.waitForURL(/\/sign-in\?next=/);
  assert.equal(await other.locator('html').getAttribute('lang'), 'tr');
  await other.locator('#username').fill('admin');
  await other.locator('#password').fill(server.adminPassword);
  await other.locator('form button[type=submit]').click();
  await other.locator('#person-heading').waitFor();
  assert.equal(new URL(other.url()).pathname, `/persons/${layla.id}`);
  assert.equal(await other.locator('html').getAttribute('lang'), 'en');
  assert.equal(await other.locator('#person-heading').innerText(), 'Layla Hassan');

  // The session ends elsewhere: the next request sends the officer to sign in.
  await second.clearCookies();
  await other.getByRole('link', { name: 'Registration desk' }).click();
  await other.locator('#q').fill('Hassan');
  await other.locator('#q').press('Enter');
  await other.waitForURL(/\/sign-in\?next=/);

  // Signing out.
  await signIn(other, server.adminPassword);
  await other.getByRole('button', { name: 'Sign out' }).click();
  await other.waitForURL(/\/sign-in/);
  await other.locator('#username').waitFor();
  await second.close();
});

void test('an administrator sees who opened a record, reads included', async () => {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  await signIn(page, server.adminPassword);
  await page.getByRole('button', { name: 'Türkçe' }).click();
  await page.goto(`/persons/${layla.id}`);
  await page.locator('#person-heading').waitFor();
  await page.getByRole('link', { name: 'Bu kaydı kimler gördü' }).click();
  await page.locator('.audit-table tbody tr').first().waitFor();
  const table = await page.locator('.audit-table').innerText();
  assert.match(table, /Kaydı açtı/);
  assert.match(table, /Kişiyi kaydetti/);
  assert.match(table, /admin/);
  await screenshot(page, 'tr-audit');
  await context.close();
});

void test('the history timeline lists what happened to the record', async () => {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  await signIn(page, server.adminPassword);
  await page.getByRole('button', { name: 'Türkçe' }).click();
  await page.goto(`/persons/${layla.id}`);
  await page.getByRole('button', { name: 'Geçmişi göster' }).click();
  await page.locator('.timeline li').first().waitFor();
  assert.match(await page.locator('.timeline').innerText(), /Kişiyi kaydetti/);
  await context.close();
});
