// The same journey in Arabic: the page turns right-to-left (and the layout really flips), match
// reasons are in Arabic, and a duplicate that appears while the officer is typing — a colleague
// registered the same spouse at another desk — comes back from the server as candidates.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiClient, person, type ApiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { startServer, type TestServer } from './server.ts';
import { checkForExisting, fillPerson, overrideAll } from './wizard.ts';

let server: TestServer;
let browser: Browser;
let api: ApiClient;

const syrian = { nationality: 'SYR', provinceCode: '27', entryType: 'irregular' } as const;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await apiClient(server.url, server.adminPassword);
  await api.post(
    '/api/v1/persons',
    person({
      ...syrian,
      givenName: 'Mohammed',
      familyName: 'Al-Halabi',
      givenNameOriginal: 'محمد',
      familyNameOriginal: 'الحلبي',
      fatherName: 'Khaled',
      dateOfBirth: '1979-09-30',
    }),
  );
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} is visible`);
  return b;
}

void test('Arabic: right-to-left registration with a duplicate found by the server at submission', async () => {
  const context = await newContext(browser, server.url, 'ar');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, server.adminPassword);
  const width = page.viewportSize()?.width ?? 1280;

  // Left-to-right first: the brand sits at the start (left), the language switcher at the end.
  const brandLtr = await box(page, '.brand');
  const searchLtr = await box(page, '#q');
  assert.ok(brandLtr.x < width / 2);

  await page.getByRole('button', { name: 'العربية' }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');

  // The layout really flips: the brand moves to the right edge, the search box's start with it.
  const brandRtl = await box(page, '.brand');
  const searchRtl = await box(page, '#q');
  assert.ok(brandRtl.x + brandRtl.width > width / 2, 'brand on the right');
  assert.ok(Math.abs(brandRtl.x + brandRtl.width - (width - brandLtr.x)) < 4, 'brand mirrored');
  assert.ok(searchRtl.x > searchLtr.x, 'search box moved towards the right');
  assert.equal(await page.locator('.search-form').evaluate((el) => getComputedStyle(el).direction), 'rtl');

  // Search in Arabic script finds the Latin-named record.
  await page.locator('#q').fill('الحلبي');
  await page.locator('#q').press('Enter');
  await page.locator('.result-list li').first().waitFor();
  assert.match(await page.locator('.result-list').innerText(), /Mohammed Al-Halabi/);
  assert.match(await page.locator('#results-heading').innerText(), /عُثر على شخص واحد/);
  await screenshot(page, 'ar-desk');

  await page.getByRole('link', { name: 'تسجيل شخص أو عائلة' }).click();
  await fillPerson(page, 'principal', {
    givenName: 'Muhammad',
    familyName: 'Halabi',
    givenNameOriginal: 'محمد',
    familyNameOriginal: 'الحلبي',
    fatherName: 'Ahmad',
    sex: 'male',
    dateOfBirth: '1979-09-30',
    ...syrian,
  });
  await checkForExisting(page, 'principal');
  const candidate = await page.locator('.candidate').first().innerText();
  assert.match(candidate, /Mohammed Al-Halabi/);
  assert.match(candidate, /تاريخ الميلاد نفسه/);
  assert.match(candidate, /الجنسية نفسها/);
  // The score badge sits at the inline end: on the left in Arabic.
  const score = await box(page, '.candidate .score');
  const card = await box(page, '.candidate');
  assert.ok(score.x - card.x < card.width / 2, 'score on the left side of the candidate');
  await screenshot(page, 'ar-wizard-candidates');
  await overrideAll(page, 'principal', 'اسم الأب مختلف، وقد أكد الشخص أنه ليس محمد الحلبي.');
  await page.getByRole('button', { name: 'تابع إلى أفراد العائلة' }).click();

  // The spouse is checked and clear…
  await page.getByRole('button', { name: 'إضافة فرد من العائلة' }).click();
  await page.locator('#member-relationship').selectOption('spouse');
  await fillPerson(page, 'member', {
    givenName: 'Fatima',
    familyName: 'Halabi',
    sex: 'female',
    dateOfBirth: '1983-12-12',
    nationality: 'SYR',
  });
  await checkForExisting(page, 'member');
  assert.match(await page.locator('#member-match-heading').innerText(), /لا يوجد سجل/);
  await page.getByRole('button', { name: 'حفظ فرد العائلة' }).click();
  await page.getByRole('button', { name: 'تابع إلى المراجعة' }).click();

  // …but a colleague registers her at another desk before we submit.
  await api.post(
    '/api/v1/persons',
    person({
      ...syrian,
      givenName: 'Fatima',
      familyName: 'Al-Halabi',
      givenNameOriginal: 'فاطمة',
      familyNameOriginal: 'الحلبي',
      sex: 'female',
      dateOfBirth: '1983-12-12',
    }),
  );
  await page.getByRole('button', { name: 'تسجيل العائلة' }).click();

  // The server's candidates are shown in the member's editor, with a warning.
  await page.locator('.member-editor .candidate').first().waitFor();
  assert.match(await page.locator('.notice-warning').first().innerText(), /وجد الخادم/);
  assert.match(await page.locator('.member-editor .candidate').first().innerText(), /Fatima Al-Halabi/);
  await overrideAll(page, 'member', 'تاريخ الميلاد متطابق صدفة؛ الأب مختلف حسب الوثائق.');
  await page.getByRole('button', { name: 'حفظ فرد العائلة' }).click();
  await page.getByRole('button', { name: 'تابع إلى المراجعة' }).click();
  await page.getByRole('button', { name: 'تسجيل العائلة' }).click();

  await page.locator('#person-heading').waitFor();
  assert.equal(await page.locator('#person-heading').innerText(), 'Muhammad Halabi');
  assert.match(await page.locator('.household-list').innerText(), /Fatima Halabi/);
  assert.match(await page.locator('.household-list').innerText(), /الزوج أو الزوجة/);
  // The ID number stays a left-to-right island inside the Arabic line.
  assert.equal(await page.locator('.id-line bdi').evaluate((el) => getComputedStyle(el).direction), 'ltr');

  await page.locator('#document-type').selectOption('ip_applicant_id');
  await page.getByRole('button', { name: 'إصدار', exact: true }).click();
  await page.locator('.status-valid').waitFor();
  await screenshot(page, 'ar-person');
  await page.getByRole('link', { name: 'طباعة البطاقة' }).click();
  await page.locator('.id-card').waitFor();
  // The card face is a bilingual Turkish/English document, left-to-right in any interface language.
  assert.equal(await page.locator('.id-card').getAttribute('dir'), 'ltr');
  assert.match(await page.locator('.id-card').innerText(), /محمد الحلبي/);
  await screenshot(page, 'ar-card');

  assert.deepEqual(errors, []);
  await context.close();
});
