// The procedure in Arabic, right to left: an administrator looks at a province's worklists,
// opens a served case (the page mirrors, dates and references stay left-to-right islands), and
// opens the Arabic decision letter; then lodges a family's application from the person page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiClient, person, type ApiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { daysAgo, expectedDeadline, lodge, throughRejection, today, type CaseView } from './cases.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let api: ApiClient;
let served: CaseView;
let family: { principalPersonId: string };

const syrian = { nationality: 'SYR', provinceCode: '06', languages: ['ar'] };

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await apiClient(server.url, server.adminPassword);
  const khaled = await api.post<{ id: string }>(
    '/api/v1/persons',
    person({
      ...syrian,
      givenName: 'Khaled',
      familyName: 'Al-Hamwi',
      givenNameOriginal: 'خالد',
      familyNameOriginal: 'الحموي',
      dateOfBirth: '1984-05-20',
    }),
  );
  served = await throughRejection(api, await lodge(api, khaled.id, daysAgo(30)), 30);
  family = await api.post('/api/v1/households', {
    principal: {
      person: person({
        ...syrian,
        givenName: 'Rania',
        familyName: 'Darwish',
        givenNameOriginal: 'رانيا',
        familyNameOriginal: 'درويش',
        sex: 'female',
        dateOfBirth: '1989-02-14',
      }),
    },
    members: [
      {
        relationship: 'spouse',
        person: person({ ...syrian, givenName: 'Omar', familyName: 'Darwish', dateOfBirth: '1986-09-01' }),
      },
      {
        relationship: 'child',
        person: person({
          ...syrian,
          givenName: 'Lina',
          familyName: 'Darwish',
          sex: 'female',
          dateOfBirth: '2017-04-08',
        }),
      },
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function inArabic(page: Page) {
  await signIn(page, server.adminPassword);
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} is visible`);
  return b;
}

void test('Arabic: worklists by province, the case page right to left, the Arabic letter', async () => {
  const context = await newContext(browser, server.url, 'ar');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await inArabic(page);
  const width = page.viewportSize()?.width ?? 1280;

  // An administrator chooses the province first.
  await page.getByRole('link', { name: 'قوائم العمل' }).click();
  await page.locator('#worklist-province').selectOption('06');
  await page.getByRole('link', { name: /مهل طعن جارية/ }).click();
  const row = page.locator('.worklist-table tbody tr').first();
  await row.waitFor();
  assert.match(await row.innerText(), /Khaled Al-Hamwi/);
  // The list of lists sits at the start (right) of the page, the table beside it on the left.
  const nav = await box(page, '.worklist-nav');
  const table = await box(page, '.worklist-table');
  assert.ok(nav.x > table.x, 'list of lists on the right in Arabic');
  await screenshot(page, 'ar-worklists');

  await row.getByRole('link', { name: served.reference }).click();
  await page.locator('#case-heading').waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.match(await page.locator('#case-heading').innerText(), /الملف/);
  assert.match(await page.locator('.case-badges').innerText(), /بُلِّغ القرار/);
  // The heading starts at the right edge; the reference inside it stays left-to-right.
  const heading = await box(page, '#case-heading');
  assert.ok(heading.x + heading.width > width * 0.75, 'heading on the right');
  assert.equal(
    await page.locator('#case-heading bdi').evaluate((el) => getComputedStyle(el).direction),
    'ltr',
  );
  assert.equal(
    await page
      .locator('.clock-table')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
    'rtl',
  );

  const servedOn = daysAgo(7);
  const t9 = await expectedDeadline(api, 'T9-appeal', servedOn);
  const t9row = page.locator('tr[data-limit="T9-appeal"]');
  assert.match(await t9row.innerText(), /الطعن أمام لجنة تقييم الحماية الدولية/);
  assert.equal(await t9row.locator('.clock-last-day time').first().getAttribute('datetime'), t9.lastDay);
  assert.match(await page.locator('.removal').innerText(), /لا يجوز ترحيله/);
  assert.match(await page.locator('#actions-heading').innerText(), /ما يمكن فعله الآن/);
  await screenshot(page, 'ar-case');

  // The Arabic letter: its link names the language; it opens right to left with the last day.
  const arabic = served.letters.find((l) => l.language === 'ar');
  assert.ok(arabic, 'an Arabic letter was written');
  const link = page.locator('.letter-list').getByRole('link', { name: /العربية/ });
  assert.equal(await link.getAttribute('href'), `/api/v1/letters/${arabic.id}`);
  const opened = context.waitForEvent('page');
  await link.click();
  const letter = await opened;
  await letter.waitForLoadState();
  assert.equal(await letter.locator('html').getAttribute('dir'), 'rtl');
  const html = await letter.content();
  assert.match(html, /لجنة تقييم الحماية الدولية/);
  assert.ok(html.includes(`<time datetime="${t9.lastDay}">`));
  await screenshot(letter, 'ar-letter');

  // The same page in Persian: right to left too, with Persian words.
  await page.bringToFront();
  await page.getByRole('button', { name: 'فارسی' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fa');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.match(await page.locator('#clocks-heading').innerText(), /مهلت‌های در جریان/);
  assert.match(await t9row.innerText(), /اعتراض به کمیسیون ارزیابی حمایت بین‌المللی/);
  await screenshot(page, 'fa-case');

  assert.deepEqual(errors, []);
  await context.close();
});

void test('Arabic: lodging a family, the adult spouse only with written consent', async () => {
  const context = await newContext(browser, server.url, 'ar');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await inArabic(page);
  await page.goto(`/persons/${family.principalPersonId}`);
  const panel = page.getByRole('region', { name: 'ملفات الحماية' });
  await panel.getByText('لم يُقدَّم أي طلب.').waitFor();
  await panel.getByRole('button', { name: 'تقديم طلب' }).click();
  const form = page.locator('#lodge-form');
  await form.getByLabel('Omar Darwish').check();
  await form.getByLabel('Lina Darwish').check();
  // The spouse's relationship carries over from the household; his consent is still missing.
  await form.getByRole('button', { name: 'تقديم الطلب' }).click();
  assert.match(await form.locator('.field-error').first().innerText(), /موافقته الخطية/);
  assert.equal(await form.locator('.field-error').count(), 1, 'only the adult needs consent');
  await form.getByLabel('تاريخ الموافقة الخطية').fill(today());
  await screenshot(page, 'ar-lodge');
  await form.getByRole('button', { name: 'تقديم الطلب' }).click();

  await page.locator('#case-heading').waitFor();
  assert.match(await page.locator('.case-badges').innerText(), /قُدِّم الطلب/);
  const members = await page.locator('.case-members').innerText();
  assert.match(members, /Rania Darwish/);
  assert.match(members, /Omar Darwish/);
  assert.match(members, /Lina Darwish/);
  assert.match(members, /الزوج أو الزوجة/);

  // Back on the person page, the case is listed and no second application is offered.
  await page.goBack();
  await panel.locator('.case-list li').first().waitFor();
  assert.equal(await panel.getByRole('button', { name: 'تقديم طلب' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
