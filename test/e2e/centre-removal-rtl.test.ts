// Centres and removal right to left. In Arabic: the centre board mirrors (the heading on the right,
// occupancy bars filling from the right) and a resident's page with services, a health note (an
// administrator reads it) and visits. In Persian: a removal decision barred three ways (a pending
// application, the time to go to court, an Art. 55 protection), with a detention and its clocks;
// rule codes and dates stay left-to-right islands.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiClient, type ApiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { daysAgo, today } from './cases.ts';
import { bornYearsAgo, createCentre, pendingApplication, register, type Centre } from './centres.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let admin: ApiClient;
let centre: Centre;
let mother: string;
let removalId: string;

const syrian = { nationality: 'SYR', languages: ['ar'] };

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await apiClient(server.url, server.adminPassword);
  centre = await createCentre(admin, 'ANK-KBM-2');
  mother = await register(admin, {
    ...syrian,
    givenName: 'Rania',
    familyName: 'Darwish',
    givenNameOriginal: 'رانيا',
    familyNameOriginal: 'درويش',
    sex: 'female',
    dateOfBirth: bornYearsAgo(36),
    specificNeeds: ['LFIP67-SINGLE_PARENT'],
  });
  const son = await register(admin, {
    ...syrian,
    givenName: 'Omar',
    familyName: 'Darwish',
    dateOfBirth: bornYearsAgo(11),
  });
  await admin.post('/api/v1/admissions', {
    unitId: centre.units['Aile 1'],
    personIds: [mother, son],
    admittedOn: daysAgo(12),
  });
  const residentApi = `/api/v1/centres/${centre.id}/residents/${mother}`;
  await admin.post(`${residentApi}/services`, {
    category: 'health_primary',
    deliveredOn: daysAgo(10),
    provider: 'Merkez sağlık birimi',
    healthNote: 'ضغط الدم طبيعي؛ جُدِّدت الوصفة.',
  });
  await admin.post(`${residentApi}/services`, {
    category: 'legal_information',
    deliveredOn: daysAgo(9),
    provider: 'Ankara Barosu',
    summary: 'شُرحت إجراءات الطعن.',
  });
  for (const [kind, name, from, to] of [
    ['lawyer', 'Av. Selin Kaya', '10:00', '11:00'],
    ['relative', 'سامر درويش', '15:00', '16:00'],
  ] as const)
    await admin.post(`/api/v1/centres/${centre.id}/visits`, {
      personId: mother,
      visitorKind: kind,
      visitorName: name,
      startsAt: `${today()}T${from}:00+03:00`,
      endsAt: `${today()}T${to}:00+03:00`,
    });

  // Persian: an Afghan applicant whose application is pending, under a removal decision notified
  // today, detained since yesterday, with an Art. 55 protection recorded after the decision.
  const reza = await register(admin, {
    givenName: 'Reza',
    familyName: 'Mohammadi',
    givenNameOriginal: 'رضا',
    familyNameOriginal: 'محمدی',
    dateOfBirth: '1994-02-11',
    languages: ['fa'],
  });
  await pendingApplication(admin, reza);
  const removal = await admin.post<{ id: string; version: number }>('/api/v1/removals', {
    personId: reza,
    grounds: ['entry_exit_breach'],
    destinationCountry: 'AFG',
    decidedOn: daysAgo(2),
  });
  removalId = removal.id;
  await admin.post(`/api/v1/removals/${removalId}/notification`, {
    version: removal.version,
    notifiedOn: daysAgo(1),
  });
  await admin.post('/api/v1/detentions', {
    personId: reza,
    basis: 'removal',
    grounds: ['absconding_risk', 'entry_exit_breach'],
    orderedAt: `${daysAgo(1)}T09:30:00+03:00`,
  });
  await admin.post(`/api/v1/persons/${reza}/removal-protections`, {
    ground: 'b',
    recordedOn: today(),
    basis: 'گزارش پزشکی: سفر برای او پرخطر است.',
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function inLanguage(page: Page, button: string, lang: string) {
  await signIn(page, server.adminPassword);
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} is visible`);
  return b;
}

void test('Arabic: the centre board and a resident, right to left', async () => {
  const context = await newContext(browser, server.url, 'ar');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await inLanguage(page, 'العربية', 'ar');
  const width = page.viewportSize()?.width ?? 1280;

  await page.getByRole('link', { name: 'المراكز' }).click();
  await page.locator('.centre-table').getByRole('link', { name: centre.name }).click();
  await page.locator('#board-heading').waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  const heading = await box(page, '#board-heading');
  assert.ok(heading.x + heading.width > width * 0.75, 'the heading starts on the right');
  // The family unit's bar fills from the right edge.
  const bar = await box(page, '[data-unit="Aile 1"] .occupancy-bar');
  const fill = await box(page, '[data-unit="Aile 1"] .occupancy-bar > span');
  assert.ok(Math.abs(bar.x + bar.width - (fill.x + fill.width)) < 3, 'filled from the right');
  assert.ok(fill.width < bar.width / 2);
  assert.match(await page.locator('[data-unit="Aile 1"]').innerText(), /4 أسرّة شاغرة/);
  assert.match(await page.locator('#units-heading').innerText(), /الإشغال حسب الوحدة/);
  assert.match(await page.locator('#to-enrol').innerText(), /Omar Darwish/);

  await page.locator('.resident-list').getByRole('link', { name: 'Rania Darwish' }).click();
  await page.locator('#resident-heading').waitFor();
  assert.match(await page.locator('#services-heading').innerText(), /الخدمات/);
  const care = page.locator('.service-list li[data-category="health_primary"]');
  assert.match(await care.innerText(), /رعاية صحية أولية/);
  assert.match(await care.locator('.health-note').innerText(), /ضغط الدم/);
  const lawyer = page.locator('.visit-list li[data-visitor="lawyer"]');
  assert.match(await lawyer.innerText(), /سرية/);
  assert.equal(
    await lawyer
      .locator('time bdi')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
    'ltr',
  );
  await screenshot(page, 'ar-resident');
  assert.deepEqual(errors, []);
  await context.close();
});

void test('Persian: a removal decision barred, with its detention clocks', async () => {
  const context = await newContext(browser, server.url, 'fa');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await inLanguage(page, 'فارسی', 'fa');
  await page.getByRole('link', { name: 'اخراج', exact: true }).click();
  await page.locator('.removal-table').getByRole('link').first().click();
  await page.locator('#removal-heading').waitFor();
  assert.equal(page.url().endsWith(`/removals/${removalId}`), true);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.match(await page.locator('#removal-heading').innerText(), /تصمیم اخراج/);

  const bars = page.locator('.bars-panel');
  assert.match(await bars.innerText(), /اخراج امروز قابل اجرا نیست/);
  assert.match(await bars.locator('[data-bar="application_pending"]').innerText(), /LFIP-4/);
  assert.match(await bars.locator('[data-bar="removal_appeal_window_open"]').innerText(), /LFIP-53/);
  assert.match(await bars.locator('[data-bar="art55_protection"]').innerText(), /LFIP-55-b/);
  assert.equal(
    await bars
      .locator('bdi.mono')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
    'ltr',
  );
  const card = page.locator('.detention-card');
  assert.match(await card.locator('tr[data-limit="T16-initial"]').innerText(), /در جریان/);
  assert.match(await page.locator('#protections-heading').innerText(), /مادهٔ ۵۵/);
  await screenshot(page, 'fa-removal');
  assert.deepEqual(errors, []);
  await context.close();
});
