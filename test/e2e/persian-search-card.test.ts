// Persian: a person registered only in Latin letters is found by a misspelled name typed in
// Persian script; the officer recognises them among the candidates of a new registration and
// opens the existing record instead; the card is printed (print layout without the app chrome).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiClient, person, type Registered } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { REPO_ROOT, startServer, type TestServer } from './server.ts';
import { checkForExisting, fillPerson } from './wizard.ts';

let server: TestServer;
let browser: Browser;
let hamid: Registered;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const api = await apiClient(server.url, server.adminPassword);
  // Latin letters only: nothing in Persian script is stored for him.
  hamid = await api.post<Registered>(
    '/api/v1/persons',
    person({
      givenName: 'Hamid',
      familyName: 'Sultani',
      fatherName: 'Nabi',
      dateOfBirth: '1991-02-03',
      phone: '+90 555 010 4455',
      languages: ['fa', 'prs'],
    }),
  );
  await api.post(`/api/v1/persons/${hamid.id}/documents`, { type: 'registration_document' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

void test('Persian: find by a misspelled name in the other script, recognise the person, print the card', async () => {
  const context = await newContext(browser, server.url, 'fa-IR');
  // Headless Chromium has no print dialog: record the call instead.
  await context.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, server.adminPassword);
  await page.getByRole('button', { name: 'فارسی' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fa');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');

  // "Soltani" misspelled as سولطانی, in Persian letters, for a record kept in Latin letters.
  await page.locator('#q').fill('حمید سولطانی');
  await page.locator('#q').press('Enter');
  await page.locator('.result-list li').first().waitFor();
  const results = await page.locator('.result-list').innerText();
  assert.match(results, /Hamid Sultani/);
  assert.match(results, new RegExp(hamid.foreignerIdNumber));
  assert.match(await page.locator('#results-heading').innerText(), /1 نفر پیدا شد/);
  await screenshot(page, 'fa-desk');

  // A new registration of the same man, spelled differently, written in both scripts.
  await page.getByRole('link', { name: 'ثبت‌نام فرد یا خانواده' }).click();
  await fillPerson(page, 'principal', {
    givenName: 'Hameed',
    familyName: 'Soltani',
    givenNameOriginal: 'حمید',
    familyNameOriginal: 'سلطانی',
    fatherName: 'Nabi',
    sex: 'male',
    dateOfBirth: '1991-02-03',
    nationality: 'AFG',
    provinceCode: '06',
    entryType: 'irregular',
  });
  await checkForExisting(page, 'principal');
  const candidate = await page.locator('.candidate').first().innerText();
  assert.match(candidate, /Hamid Sultani/);
  assert.match(candidate, /تاریخ تولد یکسان/);
  assert.match(candidate, /نام پدر یکسان/);
  // Persian letters, not Arabic look-alikes, in the interface.
  const text = await page.locator('main').innerText();
  assert.ok(
    !/[\u064A\u0643]/.test(text.replace(/Hamid|Sultani/g, '')),
    'no Arabic yeh or kaf in Persian UI text',
  );
  await screenshot(page, 'fa-wizard-candidates');

  await page.getByRole('button', { name: 'همان فرد است — باز کردن پرونده' }).click();
  await page.locator('#person-heading').waitFor();
  assert.equal(await page.locator('#person-heading').innerText(), 'Hamid Sultani');
  assert.equal(new URL(page.url()).pathname, `/persons/${hamid.id}`);
  assert.match(await page.locator('.data-table').innerText(), /KB-\d{4}-\d{6}/);
  await screenshot(page, 'fa-person');

  // The card: CR80 proportions, both name scripts where recorded, ID number, QR code.
  await page.getByRole('link', { name: 'چاپ کارت' }).click();
  const card = page.locator('.id-card');
  await card.waitFor();
  const box = await card.boundingBox();
  assert.ok(box);
  assert.ok(
    Math.abs(box.width / box.height - 85.6 / 53.98) < 0.02,
    `CR80 proportions, got ${box.width}×${box.height}`,
  );
  assert.ok(
    await card.evaluate((el) => el.scrollHeight <= el.clientHeight + 1),
    'nothing overflows the card',
  );
  assert.match(await card.innerText(), new RegExp(hamid.foreignerIdNumber));
  assert.equal(
    await page.locator('.card-qr').evaluate((img) => (img as HTMLImageElement).naturalWidth > 0),
    true,
  );
  await screenshot(page, 'fa-card');

  await page.getByRole('button', { name: 'چاپ', exact: true }).click();
  assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);

  // In print, only the card remains.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false);
  assert.equal(await page.locator('.app-footer').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'چاپ', exact: true }).isVisible(), false);
  assert.equal(await card.isVisible(), true);
  await screenshot(page, 'fa-card-print');
  const dir = join(REPO_ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  await page.pdf({ path: join(dir, 'card-fa.pdf'), printBackground: true, preferCSSPageSize: true });

  assert.deepEqual(errors, []);
  await context.close();
});
