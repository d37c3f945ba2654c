// A centre's day in Turkish, as a new member of staff would live it: a registrar has put a family
// and an unaccompanied boy on the waiting list; centre staff sign in to their board, try the boy in
// a family unit (refused, with the rule), admit him to the child unit and the family together to a
// family unit; health staff log primary care with a note only they read; centre staff log the
// son's school enrolment, refuse a visit without a reason (refused), and schedule a lawyer's and a
// UNHCR meeting (confidential: no notes field).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiClient, type ApiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { createStaff, STAFF_PASSWORD } from './cases.ts';
import { centreUser, createCentre, waitingFamilyAndChild, type Centre } from './centres.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let centre: Centre;
let people: Awaited<ReturnType<typeof waitingFamilyAndChild>>;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin: ApiClient = await apiClient(server.url, server.adminPassword);
  centre = await createCentre(admin);
  await createStaff(admin, 'kayit', 'registration_officer', 'Kayıt Memuru');
  await centreUser(admin, 'merkez', 'centre_staff', 'Selin Merkez', centre.id);
  await centreUser(admin, 'saglik', 'health_staff', 'Dr. Hakan Sağlık', centre.id);
  people = await waitingFamilyAndChild(await apiClient(server.url, STAFF_PASSWORD, 'kayit'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const waitingRow = (page: Page, name: string) => page.locator('.waiting-list > li').filter({ hasText: name });

async function admit(page: Page, name: string, unit: string) {
  const row = waitingRow(page, name);
  await row.getByRole('button', { name: 'Kabul et', exact: true }).click();
  const form = row.getByRole('form', { name: 'Kabul' });
  await form.getByLabel('Birim').selectOption(centre.units[unit] ?? '');
  await form.locator('button[type=submit]').click();
  return form;
}

async function openResident(page: Page, name: string) {
  await page.locator('.resident-list').getByRole('link', { name }).click();
  await page.locator('#resident-heading').waitFor();
}

void test('Turkish: admissions from the waiting list, services, visits', async () => {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  const errors = watchErrors(page);

  // Centre staff land on their own centre's board; the registry's desk is not theirs.
  await signIn(page, STAFF_PASSWORD, 'merkez', '#board-heading');
  assert.match(await page.locator('#board-heading').innerText(), /Ankara Kabul ve Barınma Merkezi/);
  assert.equal(await page.getByRole('link', { name: 'Kayıt masası' }).count(), 0);
  assert.match(await page.locator('.main-nav').innerText(), /Merkezim/);

  // The waiting list: the unaccompanied boy first (special needs), then the family of three.
  const waiting = page.locator('.waiting-list > li');
  await waiting.first().waitFor();
  assert.equal(await waiting.count(), 2);
  assert.match(await waiting.nth(0).innerText(), /Reza Ahmadi/);
  assert.match(await waiting.nth(0).innerText(), /Özel ihtiyaç/);
  assert.match(await waiting.nth(1).innerText(), /Fatima Haidari/);
  assert.match(await waiting.nth(1).innerText(), /3 kişilik aile/);

  // A family unit does not take a boy on his own: refused, with the rules that refuse it.
  const form = await admit(page, 'Reza Ahmadi', 'Aile 1');
  const refusal = await form.getByRole('alert').innerText();
  assert.match(refusal, /Birimin kuralları bu yerleştirmeye izin vermiyor/);
  assert.match(refusal, /refakatsiz çocuk çocuk birimine yerleştirilir/);
  assert.match(refusal, /aile birimi en az iki kişilik bir aile içindir/);
  await form.getByLabel('Birim').selectOption(centre.units['Çocuk birimi'] ?? '');
  await form.locator('button[type=submit]').click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Reza Ahmadi, Çocuk birimi birimine kabul edildi' })
    .waitFor();

  await admit(page, 'Fatima Haidari', 'Aile 1');
  await page.getByRole('status').filter({ hasText: '3 kişi' }).waitFor();
  assert.match(await page.locator('#waiting-heading').innerText(), /0/);

  // The board now: beds by unit, residents with their marks, today's arrivals, what to do.
  assert.match(await page.locator('[data-unit="Aile 1"]').innerText(), /3 \/ 6/);
  assert.match(await page.locator('[data-unit="Aile 1"]').innerText(), /3 boş yatak/);
  assert.match(await page.locator('[data-unit="Çocuk birimi"]').innerText(), /1 \/ 10/);
  const boy = page.locator(`.resident-list li[data-person="${people.boy}"]`);
  assert.match(await boy.innerText(), /Refakatsiz çocuk/);
  assert.match(await page.locator(`li[data-person="${people.daughter}"]`).innerText(), /Çocuk/);
  assert.match(await page.locator('#today-heading').locator('..').innerText(), /Gelenler\s*4/);
  assert.match(await page.locator('#to-enrol').innerText(), /Ali Haidari/);
  assert.match(await page.locator('#to-enrol').innerText(), /Reza Ahmadi/);
  assert.match(await page.locator('#to-refer').innerText(), /Reza Ahmadi/);

  // Health staff log primary care for the mother, the details in the note only they can read.
  const healthContext = await newContext(browser, server.url, 'tr-TR');
  const health = await healthContext.newPage();
  const healthErrors = watchErrors(health);
  await signIn(health, STAFF_PASSWORD, 'saglik', '#board-heading');
  await openResident(health, 'Fatima Haidari');
  await health.getByRole('button', { name: 'Hizmet kaydet' }).click();
  await health.locator('#service-category').selectOption('health_primary');
  await health.locator('#service-provider').fill('Merkez sağlık birimi');
  assert.equal(await health.locator('#service-summary').count(), 0, 'no summary for health care');
  await health.locator('#service-healthNote').fill('Tansiyon ölçüldü; ilaç yenilendi.');
  await health.getByRole('button', { name: 'Hizmeti kaydet' }).click();
  await health.getByRole('status').filter({ hasText: 'Hizmet kaydedildi' }).waitFor();
  const logged = health.locator('.service-list li[data-category="health_primary"]');
  assert.match(await logged.innerText(), /Birinci basamak sağlık hizmeti/);
  assert.match(await logged.innerText(), /Tansiyon ölçüldü/);
  assert.deepEqual(healthErrors, []);
  await healthContext.close();

  // Centre staff see that care was given, not the note; they cannot log health care.
  await openResident(page, 'Fatima Haidari');
  const seen = page.locator('.service-list li[data-category="health_primary"]');
  assert.match(await seen.innerText(), /Birinci basamak sağlık hizmeti/);
  assert.doesNotMatch(await page.locator('main').innerText(), /Tansiyon/);

  await page.getByRole('link', { name: 'Merkez panosu' }).click();
  await openResident(page, 'Ali Haidari');
  await page.getByRole('button', { name: 'Hizmet kaydet' }).click();
  const categories = await page.locator('#service-category option').allInnerTexts();
  assert.ok(!categories.some((c) => /sağlık hizmeti/.test(c)), 'no health care for centre staff');
  await page.locator('#service-category').selectOption('education_enrolment');
  await page.locator('#service-provider').fill('Mamak Atatürk İlkokulu');
  await page.locator('#service-summary').fill('3. sınıfa kaydedildi.');
  await page.getByRole('button', { name: 'Hizmeti kaydet' }).click();
  await page.getByRole('status').filter({ hasText: 'Hizmet kaydedildi' }).waitFor();

  // The boy: a relative's visit refused (a reason is required), a lawyer's and UNHCR's scheduled.
  await page.getByRole('link', { name: 'Merkez panosu' }).click();
  await openResident(page, 'Reza Ahmadi');
  await requestVisit(page, 'relative', 'Kerim Ahmadi', '11:00', '11:30');
  const relative = page.locator('.visit-list li[data-visitor="relative"]');
  await relative.getByRole('button', { name: 'Reddet' }).click();
  await relative.getByRole('button', { name: 'Ziyareti reddet' }).click();
  assert.match(await relative.locator('.field-error').innerText(), /En az 10 karakter/);
  await relative
    .getByLabel(/Ziyaretin ret gerekçesi/)
    .fill('Kimliğini belgeleyemedi, yakınlık kanıtlanmadı.');
  await relative.getByRole('button', { name: 'Ziyareti reddet' }).click();
  await relative.locator('.visit-refused').waitFor();

  await requestVisit(page, 'lawyer', 'Av. Deniz Yıldız', '14:00', '15:00', 'Ankara Barosu');
  await requestVisit(page, 'unhcr', 'Maria Keller', '15:30', '16:30', 'BMMYK Ankara');
  for (const kind of ['lawyer', 'unhcr']) {
    const visit = page.locator(`.visit-list li[data-visitor="${kind}"]`);
    assert.match(await visit.innerText(), /Gizli/);
    await visit.getByRole('button', { name: 'Planla' }).click();
    await visit.locator('.visit-scheduled').waitFor();
  }

  // Back on the board: today's visits, and the son no longer waits for school.
  await page.getByRole('link', { name: 'Merkez panosu' }).click();
  const visits = page.locator('#today-heading').locator('..').locator('.visit-list');
  await visits.locator('li').nth(2).waitFor();
  assert.match(await visits.innerText(), /Av\. Deniz Yıldız/);
  assert.match(await visits.innerText(), /BMMYK görevlisi/);
  assert.doesNotMatch(await page.locator('#to-enrol').innerText(), /Ali Haidari/);
  await screenshot(page, 'tr-centre-board');
  assert.deepEqual(errors, []);
  await context.close();
});

async function requestVisit(page: Page, kind: string, name: string, from: string, to: string, org = '') {
  await page.getByRole('button', { name: 'Ziyaret talebi' }).click();
  const form = page.getByRole('form', { name: 'Ziyaret talebi' });
  await form.locator('#visit-kind').selectOption(kind);
  if (kind === 'relative') assert.equal(await form.locator('#visit-notes').count(), 1);
  else {
    assert.equal(await form.locator('#visit-notes').count(), 0, 'a confidential meeting has no notes');
    assert.match(await form.innerText(), /gizlidir/);
  }
  await form.locator('#visit-name').fill(name);
  if (org) await form.locator('#visit-organisation').fill(org);
  await form.locator('#visit-from').fill(from);
  await form.locator('#visit-to').fill(to);
  await form.getByRole('button', { name: 'Ziyareti talep et' }).click();
  await page.locator(`.visit-list li[data-visitor="${kind}"]`).waitFor();
}
