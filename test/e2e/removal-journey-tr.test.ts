// A removal officer's day in Turkish. A person whose application is pending: a removal decision
// is taken and notified from the person page, and carrying it out is refused, the bar of LFIP
// Art. 4 named. A person finally rejected: the decision is taken and notified long enough ago that
// the time to go to court has run out; detention is ordered, the monthly review recorded, the
// detention worklist shows it, and the removal is carried out (the detention ends with it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiClient, type ApiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { createStaff, daysAgo, STAFF_PASSWORD } from './cases.ts';
import { finallyRejected, pendingApplication, register } from './centres.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let hamid: string;
let karim: string;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin: ApiClient = await apiClient(server.url, server.adminPassword);
  await createStaff(admin, 'sinirdisi', 'removal_officer', 'Murat Sınırdışı');
  hamid = await register(admin, { givenName: 'Hamid', familyName: 'Nazari', dateOfBirth: '1991-04-02' });
  karim = await register(admin, {
    givenName: 'Karim',
    familyName: 'Sultani',
    givenNameOriginal: 'کریم',
    familyNameOriginal: 'سلطانی',
    dateOfBirth: '1988-08-15',
  });
  await pendingApplication(admin, hamid);
  await finallyRejected({ registrar: admin, caseworker: admin, decider: admin }, karim);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** From the person page: a removal decision on one ground, taken and notified 20 days ago. */
async function decideAndNotify(page: Page, personId: string, ground: string) {
  await page.goto(`/persons/${personId}`);
  await page.getByRole('button', { name: 'Sınır dışı etme kararı ver' }).click();
  const form = page.getByRole('form', { name: 'Sınır dışı etme kararı ver' });
  await form.locator(`input[name="removal-grounds"][value="${ground}"]`).check();
  await form.locator('#removal-decidedOn').fill(daysAgo(20));
  await form.getByRole('button', { name: 'Sınır dışı etme kararı ver' }).click();
  await page.locator('#removal-heading').waitFor();
  assert.match(await page.locator('.case-badges').innerText(), /Karar verildi, tebliğ edilmedi/);
  assert.match(
    await page.locator('.bars-panel').innerText(),
    /Sınır dışı etme kararı tebliğ edilmedi\s*LFIP-52/,
  );

  await step(page, 'Tebliği kaydet', async (f) => f.locator('#notification-on').fill(daysAgo(20)));
  await page.getByRole('status').filter({ hasText: 'Tebliğ kaydedildi' }).waitFor();
  assert.match(await page.locator('.case-badges').innerText(), /Tebliğ edildi/);
  assert.equal(await page.locator('[data-date="appeal-last-day"] time').first().count(), 1);
}

async function step(page: Page, name: string, fill: (form: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.locator('.action-buttons').getByRole('button', { name, exact: true }).click();
  const form = page.getByRole('form', { name });
  await fill(form);
  await form.getByRole('button', { name, exact: true }).click();
  return form;
}

void test('Turkish: removal barred while the application is pending; detention, review, removal', async () => {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, STAFF_PASSWORD, 'sinirdisi');
  const nav = await page.locator('.main-nav').innerText();
  assert.match(nav, /Sınır dışı etme/);
  assert.match(nav, /İdari gözetim/);

  // Pending application: the decision may be taken, but not carried out (LFIP Art. 4).
  await decideAndNotify(page, hamid, 'visa_overstay');
  const bars = page.locator('.bars-panel');
  assert.match(await bars.innerText(), /Sınır dışı etme bugün uygulanamaz/);
  assert.match(
    await bars.locator('[data-bar="application_pending"]').innerText(),
    /Başvuru sonuçlanmadı\s*LFIP-4/,
  );
  let form = await step(page, 'Sınır dışı etmeyi uygula', async () => {});
  const refusal = await form.getByRole('alert').innerText();
  assert.match(refusal, /Bir kural buna izin vermiyor/);
  assert.match(refusal, /LFIP-4/);
  assert.match(refusal, /Başvuru sonuçlanmadı/);
  assert.match(await page.locator('.case-badges').innerText(), /Tebliğ edildi/);

  // Finally rejected, the time to go to court long over: nothing bars removal.
  await decideAndNotify(page, karim, 'protection_ended_no_right_to_stay');
  assert.match(await bars.innerText(), /Bu sınır dışı etmenin bugün uygulanmasına engel yok/);

  // Detention pending removal: ordered 19 days ago, never transferred, so T15 is overdue.
  await page.getByRole('button', { name: 'İdari gözetim kararı ver' }).click();
  form = page.getByRole('form', { name: 'İdari gözetim kararı ver' });
  await form.getByLabel('Kaçma ve kaybolma riski').check();
  await form.locator('#detention-day').fill(daysAgo(19));
  await form.locator('#detention-time').fill('10:00');
  await form.getByRole('button', { name: 'İdari gözetim kararı ver' }).click();
  const card = page.locator('.detention-card');
  await card.waitFor();
  assert.match(await card.innerText(), /İdari gözetim altında/);
  assert.match(
    await card.locator('tr[data-limit="T15"]').innerText(),
    /Geri gönderme merkezine nakil[\s\S]*Süresi geçti/,
  );
  assert.match(
    await card.locator('tr[data-limit="T16-review"]').innerText(),
    /aylık değerlendirmesi[\s\S]*İşliyor/,
  );
  assert.match(await card.locator('tr[data-limit="T16-initial"]').innerText(), /ilk altı ay|İdari gözetim/);

  // The monthly review: detention continues, with its reasons.
  await card.getByRole('button', { name: 'Aylık değerlendirmeyi kaydet' }).click();
  form = card.getByRole('form', { name: 'Aylık değerlendirmeyi kaydet' });
  await form.getByLabel('İdari gözetim sürüyor').check();
  await form.getByLabel(/Gerekçe/).fill('Seyahat belgesi bekleniyor; kaçma riski sürüyor.');
  await form.getByRole('button', { name: 'Değerlendirmeyi kaydet' }).click();
  await card.getByRole('status').filter({ hasText: 'Değerlendirme kaydedildi' }).waitFor();
  assert.match(await card.locator('.review-list').innerText(), /Seyahat belgesi bekleniyor/);
  await screenshot(page, 'tr-removal');
  const removalUrl = page.url();

  // The detention worklist holds it (the transfer is overdue).
  await page.getByRole('link', { name: 'İdari gözetim' }).click();
  const due = page.locator('.detention-due-table tbody tr');
  await due.first().waitFor();
  assert.match(await due.first().innerText(), /Karim Sultani/);
  assert.match(await due.first().innerText(), /Süresi geçti/);
  await screenshot(page, 'tr-detentions');

  // Carried out: the decision closes and the detention ends with it.
  await page.goto(removalUrl);
  await page.locator('#removal-heading').waitFor();
  await step(page, 'Sınır dışı etmeyi uygula', async () => {});
  await page.getByRole('status').filter({ hasText: 'uygulandı olarak kaydedildi' }).waitFor();
  assert.match(await page.locator('.case-badges').innerText(), /Uygulandı/);
  assert.match(await page.locator('.detention-card').innerText(), /Serbest bırakıldı/);
  assert.match(await page.locator('.removal-timeline').innerText(), /Sınır dışı etme uygulandı/);

  // The directorate's list holds both decisions.
  await page.getByRole('link', { name: 'Sınır dışı etme', exact: true }).click();
  const rows = page.locator('.removal-table tbody tr');
  await rows.nth(1).waitFor();
  const list = await page.locator('.removal-table').innerText();
  assert.match(list, /Hamid Nazari/);
  assert.match(list, /Karim Sultani/);

  // The person's record lists the decision, carried out.
  await page.goto(`/persons/${karim}`);
  const panel = page.getByRole('region', { name: 'Sınır dışı etme kararları' });
  await panel.locator('.case-list li').first().waitFor();
  assert.match(await panel.innerText(), /Uygulandı/);
  await screenshot(page, 'tr-person-removals');
  assert.deepEqual(errors, []);
  await context.close();
});
