// A caseworker's day in Turkish: the worklist (special needs first), the case page, taking the
// case, scheduling and recording the interview; a decision-maker rejects (a date before the
// interview is refused first); the caseworker's stale page is refused and reloaded; the decision
// is served, the Commission's appeal period shows its last day, and the Turkish letter opens.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiClient, person, type ApiClient, type Registered } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import {
  act,
  createStaff,
  daysAgo,
  expectedDeadline,
  lodge,
  STAFF_PASSWORD,
  turkishDate,
  type CaseView,
} from './cases.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let api: ApiClient;
let ahmad: CaseView;
let maryam: CaseView;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await apiClient(server.url, server.adminPassword);
  await createStaff(api, 'ayse.uzman', 'protection_caseworker', 'Ayşe Uzman');
  await createStaff(api, 'mehmet.karar', 'decision_maker', 'Mehmet Karar');
  const a = await api.post<Registered>(
    '/api/v1/persons',
    person({
      givenName: 'Ahmad',
      familyName: 'Rahimi',
      givenNameOriginal: 'احمد',
      familyNameOriginal: 'رحیمی',
      dateOfBirth: '1990-03-12',
      languages: ['fa'],
    }),
  );
  const m = await api.post<Registered>(
    '/api/v1/persons',
    person({
      givenName: 'Maryam',
      familyName: 'Karimi',
      sex: 'female',
      dateOfBirth: '1996-11-02',
      languages: ['fa'],
      specificNeeds: ['LFIP67-PREGNANT'],
    }),
  );
  ahmad = await lodge(api, a.id, daysAgo(20));
  ahmad = await act(api, ahmad, daysAgo(19), { action: 'register' });
  // Registered later, so her interview is due later: she still comes first (specific needs).
  maryam = await lodge(api, m.id, daysAgo(3));
  maryam = await act(api, maryam, daysAgo(2), { action: 'register' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openAction(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  return page.getByRole('form', { name });
}

void test('Turkish: worklist, interview, rejection, service, appeal period and letter', async () => {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, STAFF_PASSWORD, 'ayse.uzman');

  // The worklists: counts, then the list, special needs first, each last day a <time>.
  await page.getByRole('link', { name: 'İş listeleri' }).click();
  const toSchedule = page.getByRole('link', { name: /Planlanacak mülakatlar/ });
  await toSchedule.waitFor();
  assert.match(await toSchedule.innerText(), /2$/);
  await toSchedule.click();
  const rows = page.locator('.worklist-table tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), /Maryam Karimi/);
  assert.match(await rows.nth(0).innerText(), /Özel ihtiyaç/);
  assert.match(await rows.nth(1).innerText(), /Ahmad Rahimi/);
  const t3 = await expectedDeadline(api, 'T3', daysAgo(19));
  assert.equal(await rows.nth(1).locator('time').getAttribute('datetime'), t3.lastDay);
  assert.match(await rows.nth(1).innerText(), new RegExp(turkishDate(t3.lastDay).replace(/\./g, '\\.')));
  assert.match(await rows.nth(1).innerText(), /\d+ gün kaldı|Son gün bugün/);
  await screenshot(page, 'tr-worklists');

  // The case page.
  await rows.nth(1).getByRole('link', { name: ahmad.reference }).click();
  await page.locator('#case-heading').waitFor();
  assert.match(await page.locator('#case-heading').innerText(), new RegExp(ahmad.reference));
  assert.match(await page.locator('.case-badges').innerText(), /Kayıt yapıldı/);
  const t3row = page.locator('tr[data-limit="T3"]');
  assert.match(await t3row.innerText(), /Kayıttan sonra kişisel mülakat/);
  assert.match(await t3row.innerText(), /LFIP Art\. 75/);
  assert.match(await t3row.innerText(), /Bağlayıcı süre/);

  // Take the case (the interview record is for the assigned caseworker), schedule, record.
  let form = await openAction(page, 'Dosyayı üzerime al');
  await form.locator('input[type=date]').first().fill(daysAgo(16));
  await form.getByRole('button', { name: 'Dosyayı üzerime al' }).click();
  await page.getByRole('status').filter({ hasText: 'Koruma uzmanı atandı' }).waitFor();
  assert.match(await page.locator('.case-head').innerText(), /Ayşe Uzman/);

  form = await openAction(page, 'Mülakat planla');
  await page.locator('#schedule_interview-occurredOn').fill(daysAgo(15));
  await page.locator('#schedule_interview-scheduledDate').fill(daysAgo(10));
  await page.locator('#schedule_interview-scheduledTime').fill('10:30');
  await page.locator('#schedule_interview-location').fill('Ankara İl Göç İdaresi, 2. kat');
  await page.locator('#schedule_interview-interpreterLanguage').selectOption('fa');
  await form.getByLabel('Psikolog').check();
  await screenshot(page, 'tr-action-form');
  await form.getByRole('button', { name: 'Mülakat planla' }).click();
  await page.getByRole('status').filter({ hasText: 'Mülakat planlandı' }).waitFor();
  assert.match(await page.locator('.interview-list').innerText(), /Planlandı/);
  assert.match(await page.locator('.interview-list').innerText(), /Psikolog/);

  form = await openAction(page, 'Mülakatı kaydet');
  await page.locator('#record_interview-occurredOn').fill(daysAgo(10));
  await page.locator('#record_interview-record').fill('Başvuru sahibi Farsça tercüman aracılığıyla anlattı.');
  await form.getByRole('button', { name: 'Mülakatı kaydet' }).click();
  await page.getByRole('status').filter({ hasText: 'Mülakat yapıldı' }).waitFor();
  assert.match(await page.locator('.interview-record').innerText(), /Farsça tercüman/);
  await page.locator('.closed-clocks summary').click();
  assert.match(await page.locator('.closed-clocks tr[data-limit="T3"]').innerText(), /Süresinde yapıldı/);

  // A decision-maker decides; a date before the interview is refused at the field first.
  const dmContext = await newContext(browser, server.url, 'tr-TR');
  const dm = await dmContext.newPage();
  const dmErrors = watchErrors(dm);
  await signIn(dm, STAFF_PASSWORD, 'mehmet.karar');
  await dm.goto(`/cases/${ahmad.id}`);
  await dm.locator('#case-heading').waitFor();
  assert.match(await dm.locator('.interview-record').innerText(), /Farsça tercüman/);
  form = await openAction(dm, 'Karar ver');
  await dm.locator('#decide-occurredOn').fill(daysAgo(12));
  await dm.locator('#decide-decision').selectOption('rejected');
  await dm
    .locator('#decide-reasons')
    .fill('Anlatım, iyi temellendirilmiş bir zulüm korkusu ortaya koymuyor.');
  await form.getByRole('button', { name: 'Karar ver' }).click();
  await form.locator('.field-error').waitFor();
  assert.match(await form.locator('.field-error').innerText(), /bir önceki işlemden önce olamaz/);
  await dm.locator('#decide-occurredOn').fill(daysAgo(8));
  await form.getByRole('button', { name: 'Karar ver' }).click();
  await dm.getByRole('status').filter({ hasText: 'Karar verildi' }).waitFor();
  assert.match(await dm.locator('.case-badges').innerText(), /Karar verildi, tebliğ edilmedi/);
  assert.deepEqual(dmErrors, []);
  await dmContext.close();

  // The caseworker's page is a version behind: the step is refused and the case reloaded.
  form = await openAction(page, 'Mülakat planla');
  await form.getByRole('button', { name: 'Mülakat planla' }).click();
  assert.match(await form.getByRole('alert').innerText(), /başka biri tarafından değiştirildi/);
  await form.getByRole('button', { name: 'Dosyayı yeniden yükle' }).click();
  await page.getByRole('button', { name: 'Kararı tebliğ et' }).waitFor();

  // Served five days ago: the Commission's period (T9) and the court's (T10) run from then.
  form = await openAction(page, 'Kararı tebliğ et');
  await page.locator('#serve_decision-occurredOn').fill(daysAgo(5));
  await form.getByRole('button', { name: 'Kararı tebliğ et' }).click();
  await page.getByRole('status').filter({ hasText: 'Karar tebliğ edildi' }).waitFor();
  const t9 = await expectedDeadline(api, 'T9-appeal', daysAgo(5));
  const t10 = await expectedDeadline(api, 'T10', daysAgo(5));
  const t9row = page.locator('tr[data-limit="T9-appeal"]');
  assert.match(await t9row.innerText(), /Uluslararası Koruma Değerlendirme Komisyonuna itiraz/);
  assert.equal(await t9row.locator('.clock-last-day time').first().getAttribute('datetime'), t9.lastDay);
  assert.match(await t9row.innerText(), new RegExp(turkishDate(t9.lastDay).replace(/\./g, '\\.')));
  if (t9.flags.includes('moved_to_working_day'))
    assert.match(await t9row.innerText(), /Sonraki iş gününe kaydı/);
  assert.equal(
    await page.locator('tr[data-limit="T10"] .clock-last-day time').first().getAttribute('datetime'),
    t10.lastDay,
  );
  assert.match(await page.locator('.removal').innerText(), /İtiraz veya dava açma süresi devam ediyor/);
  assert.match(await page.locator('.case-timeline').innerText(), /Karar tebliğ edildi/);
  await screenshot(page, 'tr-case');

  // An appeal to a body this decision does not open is refused, with the rule that refuses it.
  form = await openAction(page, 'İtiraz veya davayı kaydet');
  await page.locator('#file_appeal-occurredOn').fill(daysAgo(1));
  await page.locator('#file_appeal-body').selectOption('regional_administrative_court');
  await form.getByRole('button', { name: 'İtiraz veya davayı kaydet' }).click();
  const refusal = await form.getByRole('alert').innerText();
  assert.match(refusal, /Bir kural buna izin vermiyor/);
  assert.match(refusal, /LFIP-80 — YUKK m\. 80/);

  // The Turkish letter opens in a new tab, stating the Commission and the last day.
  const letters = page.locator('.letter-list');
  assert.match(await letters.innerText(), /Türkçe/);
  assert.match(await letters.innerText(), /فارسی/);
  const opened = context.waitForEvent('page');
  await letters.getByRole('link', { name: /Türkçe/ }).click();
  const letter = await opened;
  await letter.waitForLoadState();
  assert.equal(await letter.locator('html').getAttribute('lang'), 'tr');
  const html = await letter.content();
  assert.match(html, /Uluslararası Koruma Değerlendirme Komisyonu/);
  assert.ok(html.includes(`<time datetime="${t9.lastDay}">`), 'the letter states the T9 last day');
  await screenshot(letter, 'tr-letter');

  assert.deepEqual(errors, []);
  await context.close();
});
