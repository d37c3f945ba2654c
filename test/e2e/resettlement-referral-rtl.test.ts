// Referrals between agencies and resettlement right to left. A registration officer (Turkish)
// refers a man under temporary protection to a legal-aid partner from his page and records his
// power of attorney to a lawyer; the partner's officer (Arabic) finds the referral in the inbox,
// sees only the fields of the legal-aid agreement, accepts and closes it; the lawyer sees the
// client without his needs. A UNHCR officer working in Persian opens the pipeline and a submitted
// case in which one member has withdrawn consent; an administrator reads both pages in Arabic.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiClient, type ApiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { createStaff, daysAgo, STAFF_PASSWORD, today } from './cases.ts';
import {
  consent,
  LEGAL_AID_FIELDS,
  organisationUser,
  ORGS,
  resettlementCase,
  setUpOrganisations,
  syrianFamily,
  type Member,
  type ResettlementCase,
} from './resettlement.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let khaled: Member;
let kase: ResettlementCase;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin: ApiClient = await apiClient(server.url, server.adminPassword);
  await setUpOrganisations(admin);
  await createStaff(admin, 'kayit', 'registration_officer', 'Ayşe Yılmaz');
  const partner = await organisationUser(
    admin,
    server.url,
    'hukuk',
    'partner_officer',
    'نور الهدى',
    ORGS.legal,
    'ar',
  );
  await organisationUser(admin, server.url, 'avukat', 'lawyer', 'Av. Selin Kaya', ORGS.bar, 'tr');
  const unhcr = await organisationUser(
    admin,
    server.url,
    'maryam',
    'unhcr_officer',
    'مریم رضایی',
    ORGS.unhcr,
    'fa',
  );
  const reviewer = await organisationUser(
    admin,
    server.url,
    'lars',
    'unhcr_officer',
    'Lars Berg',
    ORGS.unhcr,
    'en',
  );

  [khaled] = (await syrianFamily(admin, 'Saleh', [
    {
      givenName: 'Khaled',
      age: 29,
      sex: 'male',
      relationship: 'principal',
      needs: ['LFIP67-VIOLENCE_SURVIVOR'],
    },
  ])) as [Member];
  await consent(admin, khaled.id, ORGS.legal, 'legal_aid', daysAgo(1));
  // Two earlier referrals in the partner's inbox, one of them accepted.
  for (const [givenName, sentOn, accept] of [
    ['Mona', 6, true],
    ['Faris', 3, false],
  ] as const) {
    const [p] = await syrianFamily(admin, 'Hamdan', [
      { givenName, age: 34, sex: 'female', relationship: 'principal' },
    ]);
    await consent(admin, p!.id, ORGS.legal, 'legal_aid', daysAgo(sentOn));
    const { id } = await admin.post<{ id: string }>('/api/v1/referrals', {
      personId: p!.id,
      toOrganisation: ORGS.legal,
      service: 'legal_aid',
      sentOn: daysAgo(sentOn),
    });
    if (accept)
      await partner.post(`/api/v1/referrals/${id}/response`, {
        version: 1,
        status: 'accepted',
        on: daysAgo(2),
      });
  }

  // A family of three submitted to Canada; the adult daughter then withdrew her consent.
  const family = await syrianFamily(admin, 'Darwish', [
    { givenName: 'Samir', age: 50, sex: 'male', relationship: 'principal', needs: ['LFIP67-ELDERLY'] },
    { givenName: 'Rania', age: 46, sex: 'female', relationship: 'spouse' },
    { givenName: 'Huda', age: 20, sex: 'female', relationship: 'child' },
  ]);
  const consents = [];
  for (const m of family) consents.push(await consent(admin, m.id, ORGS.unhcr, 'resettlement', daysAgo(10)));
  kase = await resettlementCase({ admin, unhcr, reviewer }, family, 0, 'submitted', 'urgent', 1);
  await admin.post(`/api/v1/consents/${consents[2]!.id}/withdrawal`, { on: today() });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function as(username: string, locale: string, ready: string, password = STAFF_PASSWORD) {
  const context = await newContext(browser, server.url, locale);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, password, username, ready);
  return { context, page, errors };
}

async function rtl(page: Page, heading: string) {
  await page.locator(heading).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  const box = await page.locator(heading).boundingBox();
  const width = page.viewportSize()?.width ?? 1280;
  assert.ok(box && box.x + box.width > width * 0.75, `${heading} starts on the right`);
}

void test('a legal-aid partner receives a referral in Arabic, with only the agreed fields; a lawyer sees a client', async () => {
  // The registration officer refers Khaled and records his power of attorney.
  let { context, page, errors } = await as('kayit', 'tr-TR', '#q');
  await page.goto(`/persons/${khaled.id}`);
  await page.getByRole('button', { name: 'Bir kuruluşa yönlendir' }).click();
  const refer = page.getByRole('form', { name: 'Bir kuruluşa yönlendir' });
  await refer.locator('#refer-to').selectOption(ORGS.legal);
  await refer.locator('#refer-service').selectOption('legal_aid');
  await refer.locator('#refer-note').fill('Geçici koruma statüsü hakkında hukuki danışmanlık istiyor.');
  await refer.getByRole('button', { name: 'Bir kuruluşa yönlendir' }).click();
  await page.locator('#referral-heading').waitFor();
  assert.match(await page.locator('.case-badges').innerText(), /Gönderildi/);
  assert.match(await page.locator('.member-list').innerText(), /Khaled Saleh/);
  const reference = (await page.locator('#referral-heading .mono').innerText()).trim();

  await page.goto(`/persons/${khaled.id}`);
  const powers = page.getByRole('region', { name: 'Vekâletnameler' });
  await powers.getByRole('button', { name: 'Vekâletname kaydet' }).click();
  const poa = powers.getByRole('form', { name: 'Vekâletname kaydet' });
  await poa.locator('#poa-lawyer').fill('avukat');
  await poa.locator('#poa-document').fill('Vekâletname 2026/4471');
  await poa.locator('#poa-notary').fill('Çankaya 12. Noterliği');
  await poa.getByRole('button', { name: 'Vekâletname kaydet' }).click();
  await powers.locator('[data-lawyer="avukat"]').waitFor();
  await screenshot(page, 'tr-person-sharing');
  assert.deepEqual(errors, []);
  await context.close();

  // The partner's officer, in Arabic: the inbox, the referral, accepted and closed.
  ({ context, page, errors } = await as('hukuk', 'ar', '#agency-referrals-heading'));
  await rtl(page, '#agency-referrals-heading');
  assert.match(await page.locator('#agency-referrals-heading').innerText(), /الإحالات الواردة/);
  const row = page.locator(`.referral-table tr[data-reference="${reference}"]`);
  assert.match(await row.innerText(), /مُرسلة[\s\S]*المساعدة القانونية[\s\S]*إدارة الهجرة/);
  assert.equal(await page.locator('.referral-table tbody tr').count(), 3);
  await screenshot(page, 'ar-referral-inbox');
  await row.getByRole('link').click();
  await page.locator('#referral-heading').waitFor();
  const person = page.locator('.member-list > li').first();
  const fields = await person
    .locator('[data-field]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
  assert.deepEqual([...fields].sort(), [...LEGAL_AID_FIELDS].sort());
  assert.match(await person.innerText(), /Khaled Saleh/);
  assert.doesNotMatch(await person.innerText(), /تاريخ الميلاد|الاحتياجات الخاصة/);
  await page.getByRole('button', { name: 'قبول', exact: true }).click();
  await page.getByRole('form', { name: 'قبول' }).getByRole('button', { name: 'قبول' }).click();
  await page.getByRole('status').filter({ hasText: 'قُبلت الإحالة' }).waitFor();
  await page.getByRole('button', { name: 'إغلاق مع النتيجة' }).click();
  const close = page.getByRole('form', { name: 'إغلاق مع النتيجة' });
  await close.getByRole('button', { name: 'إغلاق مع النتيجة' }).click();
  assert.match(await close.innerText(), /املأ هذا الحقل|أدخل/);
  await close.getByLabel(/ما نتج عنها/).fill('قُدّمت الاستشارة القانونية هاتفيًا.');
  await close.getByRole('button', { name: 'إغلاق مع النتيجة' }).click();
  await page.getByRole('status').filter({ hasText: 'أُغلقت الإحالة' }).waitFor();
  assert.match(await page.locator('.case-badges').innerText(), /مغلقة/);
  // Closed, the referral no longer opens the man's record to the partner.
  assert.match(await person.innerText(), /لم يعد مُشارَكًا/);
  await screenshot(page, 'ar-referral');
  assert.deepEqual(errors, []);
  await context.close();

  // The lawyer: the client, without his needs.
  ({ context, page, errors } = await as('avukat', 'tr-TR', '#clients-heading'));
  await page.locator('.client-table').getByRole('link', { name: 'Khaled Saleh' }).click();
  await page.locator('#shared-heading').waitFor();
  assert.equal(await page.locator('[data-field="foreigner_id_number"]').count(), 1);
  assert.equal(await page.locator('[data-field="specific_needs"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

void test('Persian and Arabic: the pipeline and a case, right to left', async () => {
  let { context, page, errors } = await as('maryam', 'fa', '#rs-board-heading');
  await rtl(page, '#rs-board-heading');
  assert.match(await page.locator('#rs-board-heading').innerText(), /روند اسکان مجدد/);
  const card = page.locator(`.pipeline-column[data-stage="submitted"] [data-reference="${kase.reference}"]`);
  assert.match(await card.innerText(), /فوری[\s\S]*3 نفر/);
  await card.getByRole('link').click();
  await rtl(page, '#rs-case-heading');
  assert.equal(
    await page.locator('#rs-case-heading bdi.mono').evaluate((el) => getComputedStyle(el).direction),
    'ltr',
  );
  assert.match(await page.locator('.case-badges').innerText(), /به کشور ارائه شد/);
  assert.match(await page.locator('[data-member="hidden-3"]').innerText(), /نمایش داده نمی‌شود/);
  assert.match(await page.locator('[data-member="Samir Darwish"]').innerText(), /فرد سالمند/);
  await screenshot(page, 'fa-resettlement-case');
  assert.deepEqual(errors, []);
  await context.close();

  ({ context, page, errors } = await as('admin', 'ar', '#q', server.adminPassword));
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.getByRole('link', { name: 'إعادة التوطين' }).click();
  await rtl(page, '#rs-board-heading');
  await page.locator(`[data-reference="${kase.reference}"]`).getByRole('link').click();
  await rtl(page, '#rs-case-heading');
  assert.match(await page.locator('.case-badges').innerText(), /قُدِّم إلى دولة/);
  // The authority sees every member, the daughter too.
  assert.match(await page.locator('.member-list').innerText(), /Huda Darwish/);
  assert.deepEqual(errors, []);
  await context.close();
});
