// Resettlement from referral to departure. A caseworker (Turkish) refers a Syrian family of five
// under temporary protection from the father's page: refused until the father's consent to UNHCR
// is recorded, then referred. A UNHCR officer (English) accepts it, prepares an emergency form and
// sends it to review (reviewing it herself is refused: four eyes); a second officer recommends it,
// submits it to Canada, and records the state's decision (four accepted, one rejected) and the
// pre-departure checks. A decision-maker (Turkish) sees the board, gives the exit permission and
// records the departure: the four leave and their temporary protection ends; the fifth keeps it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiClient, type ApiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { createStaff, daysAgo, STAFF_PASSWORD } from './cases.ts';
import {
  consent,
  organisationUser,
  ORGS,
  resettlementCase,
  setUpOrganisations,
  syrianFamily,
  type Member,
} from './resettlement.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let family: Member[];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin: ApiClient = await apiClient(server.url, server.adminPassword);
  await setUpOrganisations(admin);
  await createStaff(admin, 'uzman', 'protection_caseworker', 'Deniz Kaya');
  await createStaff(admin, 'karar', 'decision_maker', 'Emre Demir');
  const unhcr = await organisationUser(
    admin,
    server.url,
    'grace',
    'unhcr_officer',
    'Grace Mwangi',
    ORGS.unhcr,
    'en',
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
  family = await syrianFamily(admin, 'Haddad', [
    { givenName: 'Ahmad', age: 41, sex: 'male', relationship: 'principal' },
    { givenName: 'Amira', age: 37, sex: 'female', relationship: 'spouse' },
    { givenName: 'Omar', age: 19, sex: 'male', relationship: 'child' },
    { givenName: 'Lina', age: 12, sex: 'female', relationship: 'child' },
    { givenName: 'Yusuf', age: 6, sex: 'male', relationship: 'child', needs: ['LFIP67-DISABLED'] },
  ]);
  // The mother and the adult son have consented already, and the parents for the children (the
  // boundary shows UNHCR only people with a consent of their own); the father has not.
  for (const m of family.slice(1)) await consent(admin, m.id, ORGS.unhcr, 'resettlement', daysAgo(12));
  // Two more families on the board: one just referred, one in review with an urgent form.
  const staff = { admin, unhcr, reviewer };
  const needs = ['LFIP67-SINGLE_PARENT'];
  await resettlementCase(
    staff,
    await syrianFamily(admin, 'Kassem', [
      { givenName: 'Huda', age: 33, sex: 'female', relationship: 'principal', needs },
    ]),
    1,
    'referred',
  );
  await resettlementCase(
    staff,
    await syrianFamily(admin, 'Nasser', [
      { givenName: 'Rami', age: 45, sex: 'male', relationship: 'principal', needs },
      { givenName: 'Salma', age: 8, sex: 'female', relationship: 'child' },
    ]),
    1,
    'review',
    'urgent',
  );
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function as(username: string, locale: string, ready = '#q') {
  const context = await newContext(browser, server.url, locale);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, STAFF_PASSWORD, username, ready);
  return { context, page, errors };
}

/** Opens a step's form from the actions panel, fills it, sends it, and waits for its confirmation. */
async function step(
  page: Page,
  name: string,
  fill: (form: ReturnType<Page['getByRole']>) => Promise<void>,
  done?: string,
) {
  await page.locator('.action-buttons').getByRole('button', { name, exact: true }).click();
  const form = page.getByRole('form', { name });
  await fill(form);
  await form.getByRole('button', { name, exact: true }).click();
  if (done) await page.getByRole('status').filter({ hasText: done }).waitFor();
  return form;
}

void test('a family of five, from referral to departure', async () => {
  const [father, , son] = family as [Member, Member, Member, Member, Member];

  // The caseworker refers the family from the father's page.
  let { context, page, errors } = await as('uzman', 'tr-TR');
  await page.goto(`/persons/${father.id}`);
  await page.getByRole('button', { name: 'Yeniden yerleştirmeye yönlendir' }).click();
  const refer = page.getByRole('form', { name: 'Yeniden yerleştirmeye yönlendir' });
  for (const m of family.slice(1)) await refer.getByLabel(m.name).check();
  assert.equal(await refer.locator(`#rs-member-${son.id}-relationship`).inputValue(), 'child');
  await refer.locator('#rs-refer-identifiedOn').fill(daysAgo(12));
  await refer
    .getByLabel(/Ailenin yönlendirilme nedeni/)
    .fill('En küçük çocuğun Türkiye’de yapılamayan bir ameliyata ihtiyacı var.');
  await refer.getByRole('button', { name: 'Yeniden yerleştirmeye yönlendir' }).click();
  const refusal = refer.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /CONSENT_REQUIRED/);
  assert.match(await refusal.locator('[data-refusal="consent_required"]').innerText(), /Ahmad Haddad/);
  assert.doesNotMatch(await refusal.innerText(), /Amira Haddad/);

  // The father's consent, recorded on his page; then the referral goes through.
  const consents = page.getByRole('region', { name: 'Kuruluşlara verilen rızalar' });
  await consents.getByRole('button', { name: 'Rıza kaydet' }).click();
  const form = consents.getByRole('form', { name: 'Rıza kaydet' });
  await form.locator('#consent-organisation').selectOption(ORGS.unhcr);
  await form.locator('#consent-purpose').selectOption('resettlement');
  await form.locator('#consent-givenOn').fill(daysAgo(12));
  await form.locator('#consent-document').fill('Rıza formu 2026/118, imzalı');
  await form.getByRole('button', { name: 'Rıza kaydet' }).click();
  await consents.locator(`[data-consent="${ORGS.unhcr}/resettlement"]`).waitFor();
  assert.match(await consents.innerText(), /UNHCR Türkiye · Yeniden yerleştirme\s*Geçerli/);
  await refer.getByRole('button', { name: 'Yeniden yerleştirmeye yönlendir' }).click();
  await page.locator('#rs-case-heading').waitFor();
  assert.match(await page.locator('.case-badges').innerText(), /Yönlendirildi/);
  assert.equal(await page.locator('.member-list > li').count(), 5);
  const caseUrl = new URL(page.url()).pathname;
  const reference = (await page.locator('#rs-case-heading .mono').innerText()).trim();
  assert.deepEqual(errors, []);
  await context.close();

  // UNHCR (English): accepts, prepares an emergency form, sends it to review.
  ({ context, page, errors } = await as('grace', 'en-GB', '#rs-board-heading'));
  await page.locator(`[data-reference="${reference}"]`).getByRole('link').click();
  await page.locator('#rs-case-heading').waitFor();
  // UNHCR sees the members through its agreement: no address, no e-mail.
  assert.equal(await page.locator('[data-field="address"]').count(), 0);
  assert.ok((await page.locator('[data-field="specific_needs"]').count()) > 0);
  await step(
    page,
    'Accept the referral',
    (f) => f.locator('#accept_referral-on').fill(daysAgo(10)),
    'taken for assessment',
  );
  await step(
    page,
    'Prepare the form',
    async (f) => {
      await f.locator('#prepare_rrf-on').fill(daysAgo(9));
      await f.getByLabel('Emergency').check();
      await f.locator('#rrf-primary').selectOption('medical_needs');
      await f.locator('#rrf-secondary').selectOption('legal_physical_protection');
      await f
        .locator('#rrf-narrative')
        .fill(
          'Yusuf (6) needs spinal surgery that is not available in Türkiye; the family has been threatened in its district.',
        );
    },
    'The form is saved.',
  );
  await step(
    page,
    'Send to review',
    (f) => f.locator('#send_to_review-on').fill(daysAgo(8)),
    'sent to a reviewing officer',
  );
  const self = await step(page, 'Record the review', async (f) => {
    await f.locator('#review-on').fill(daysAgo(7));
    await f.getByLabel('Recommended for submission').check();
  });
  assert.match(await self.getByRole('alert').innerText(), /FOUR_EYES[\s\S]*another officer/);
  assert.deepEqual(errors, []);
  await context.close();

  // A second UNHCR officer reviews, submits, and records the state's decision and the checks.
  ({ context, page, errors } = await as('lars', 'en-GB', '#rs-board-heading'));
  await page.goto(caseUrl);
  await page.locator('#rs-case-heading').waitFor();
  await step(
    page,
    'Record the review',
    async (f) => {
      await f.locator('#review-on').fill(daysAgo(7));
      await f.getByLabel('Recommended for submission').check();
    },
    'The review is recorded.',
  );
  await step(
    page,
    'Submit to a state',
    async (f) => {
      await f.locator('#submit-on').fill(daysAgo(5));
      await f.locator('#submit-state').selectOption(ORGS.canada);
    },
    'The case is submitted',
  );
  assert.match(
    await page.locator('.case-badges').innerText(),
    /Submitted to a state[\s\S]*emergency[\s\S]*At risk/i,
  );
  const html = await page.getByRole('link', { name: 'printable page' }).getAttribute('href');
  const pkg = await page.request.get(html ?? '');
  assert.equal(pkg.status(), 200);
  assert.doesNotMatch(await pkg.text(), /99\d{9}/, 'no foreigner ID number in the package for the state');
  await step(
    page,
    "Record the state's decision",
    async (f) => {
      await f.locator('#state_decision-on').fill(daysAgo(3));
      await f.getByLabel('after an interview').check();
      for (const m of family)
        await f
          .locator(`input[name="decision-${m.id}"][value="${m === son ? 'rejected' : 'accepted'}"]`)
          .check();
    },
    "The state's decision is recorded.",
  );
  assert.match(await page.locator('.case-badges').innerText(), /Accepted by the state/);
  await step(
    page,
    'Record pre-departure checks',
    async (f) => {
      await f.locator('#pre_departure-on').fill(daysAgo(2));
      await f.getByLabel('Medical check').check();
      await f.getByLabel('Cultural orientation').check();
    },
    'pre-departure checks are recorded',
  );
  assert.match(await page.locator(`[data-member="${son.name}"]`).innerText(), /Rejected/);
  await screenshot(page, 'en-resettlement-case');
  assert.deepEqual(errors, []);
  await context.close();

  // The decision-maker (Turkish): the board, the exit permission and the departure.
  ({ context, page, errors } = await as('karar', 'tr-TR'));
  await page.getByRole('link', { name: 'Yeniden yerleştirme' }).click();
  const card = page.locator(`.pipeline-column[data-stage="pre_departure"] [data-reference="${reference}"]`);
  await card.waitFor();
  assert.match(await card.innerText(), /ACİL[\s\S]*5 kişi[\s\S]*Risk altında/);
  assert.match(await page.locator('#at-risk').innerText(), new RegExp(reference));
  assert.match(
    await page.locator('.figures-table tbody[data-group="byState"]').innerText(),
    /Kanada\s*1\s*5\s*0\s*0/,
  );
  assert.equal(await page.locator('.pipeline-column[data-stage="review"] .pipeline-card').count(), 1);
  await screenshot(page, 'tr-resettlement-board');
  await card.getByRole('link').click();
  await page.locator('#rs-case-heading').waitFor();
  await step(
    page,
    'Çıkış iznini ver',
    (f) => f.locator('#exit_permission-on').fill(daysAgo(1)),
    'Çıkış izni kaydedildi',
  );
  await step(page, 'Ayrılışı kaydet', async () => {}, 'Ayrılış kaydedildi');
  assert.match(await page.locator('.case-badges').innerText(), /Ayrıldı[\s\S]*Hedefe ulaşıldı/);
  assert.match(await page.locator('.rs-timeline li[data-kind="depart"]').innerText(), /Ayrıldılar[\s\S]*4/);

  // The four who left: temporary protection ended; the son the state rejected keeps it.
  await page.locator(`[data-member="${father.name}"]`).getByRole('link').click();
  await page.locator('#cases-heading').waitFor();
  await page.locator('.case-list li').first().waitFor();
  assert.match(await page.locator('.case-list').innerText(), /Geçici koruma sona erdi/);
  await page.goto(`/persons/${son.id}`);
  await page.locator('.case-list li').first().waitFor();
  assert.match(await page.locator('.case-list').innerText(), /Geçici koruma sağlandı/);
  assert.deepEqual(errors, []);
  await context.close();
});
