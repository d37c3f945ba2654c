// Search before create, then register a family in Turkish: a near-duplicate principal is shown
// with translated reasons, the officer records why it is a different person, a child is added,
// the household is registered in one request, and a card is printed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiClient, person, type ApiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { startServer, type TestServer } from './server.ts';
import { checkForExisting, fillPerson, overrideAll } from './wizard.ts';

let server: TestServer;
let browser: Browser;
let api: ApiClient;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await apiClient(server.url, server.adminPassword);
  await api.post('/api/v1/households', {
    principal: {
      person: person({
        givenName: 'Ahmad',
        familyName: 'Karimi',
        givenNameOriginal: 'احمد',
        familyNameOriginal: 'کریمی',
        fatherName: 'Gul Mohammad',
        dateOfBirth: '1990-05-12',
        phone: '+90 555 010 2233',
      }),
    },
    members: [
      {
        relationship: 'spouse',
        person: person({
          givenName: 'Maryam',
          familyName: 'Karimi',
          sex: 'female',
          dateOfBirth: '1992-03-01',
        }),
      },
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

void test('Turkish: search first, register a family despite a near-duplicate, print a card', async () => {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, server.adminPassword);
  assert.equal(await page.locator('html').getAttribute('lang'), 'tr');
  assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');

  // Search before creating: the family name finds the registered couple.
  await page.locator('#q').fill('Kerimi');
  await page.locator('#q').press('Enter');
  await page.locator('.result-list li').first().waitFor();
  const results = await page.locator('.result-list').innerText();
  assert.match(results, /Ahmad Karimi/);
  assert.match(results, /Maryam Karimi/);
  assert.match(await page.locator('#results-heading').innerText(), /2 kişi bulundu/);
  await screenshot(page, 'tr-desk');

  await page.getByRole('link', { name: 'Kişi veya aile kaydet' }).click();
  await page.getByRole('heading', { name: 'Ana başvuru sahibi', level: 2 }).waitFor();
  await fillPerson(page, 'principal', {
    givenName: 'Ahmet',
    familyName: 'Kerimi',
    givenNameOriginal: 'احمد',
    familyNameOriginal: 'کریمی',
    fatherName: 'Abdul Wahid',
    sex: 'male',
    dateOfBirth: '1990-05-12',
    nationality: 'AFG',
    provinceCode: '06',
    entryType: 'irregular',
    needs: ['LFIP67-SINGLE_PARENT'],
  });

  // Continuing without the check is refused.
  await page.getByRole('button', { name: 'Aile üyelerine geç' }).click();
  assert.match(await page.locator('.notice-warning').innerText(), /mevcut kayıtları kontrol edin/);

  await checkForExisting(page, 'principal');
  const candidates = page.locator('.candidate');
  assert.ok((await candidates.count()) >= 1, 'at least one candidate');
  const first = await candidates.first().innerText();
  assert.match(first, /Ahmad Karimi/);
  assert.match(first, /Benzerlik/);
  assert.match(first, /Aynı doğum tarihi/);
  assert.match(first, /Aynı uyruk/);
  await screenshot(page, 'tr-wizard-candidates');

  const overridden = await overrideAll(
    page,
    'principal',
    'Baba adı farklı; kişi yüz yüze görüşmede Ahmad Karimi olmadığını belgeledi.',
  );
  assert.match(await page.locator('.match-panel .status-ok').innerText(), /Karar verildi/);
  await page.getByRole('button', { name: 'Aile üyelerine geç' }).click();

  // A child, checked on its own.
  await page.getByRole('button', { name: 'Aile üyesi ekle' }).click();
  await page.locator('#member-relationship').selectOption('child');
  assert.equal(await page.locator('#member-familyName').inputValue(), 'Kerimi', 'family name carried over');
  await fillPerson(page, 'member', {
    givenName: 'Şükriye',
    familyName: 'Kerimi',
    sex: 'female',
    dateOfBirth: '2018-06-01',
    nationality: 'AFG',
  });
  await checkForExisting(page, 'member');
  assert.match(await page.locator('#member-match-heading').innerText(), /benzeyen mevcut kayıt yok/);
  await page.getByRole('button', { name: 'Aile üyesini kaydet' }).click();
  assert.match(await page.locator('.member-list').innerText(), /Şükriye Kerimi/);

  await page.getByRole('button', { name: 'Kontrole geç' }).click();
  assert.match(await page.locator('caption').innerText(), /2 kişi tek hane olarak kaydedilecek/);
  await page.getByRole('button', { name: 'Aileyi kaydet' }).click();

  // The principal's page, with the household.
  await page.locator('#person-heading').waitFor();
  assert.equal(await page.locator('#person-heading').innerText(), 'Ahmet Kerimi');
  const idNumber = (await page.locator('.id-line .mono').innerText()).trim();
  assert.match(idNumber, /^99\d{9}$/);
  const household = await page.locator('.household-list').innerText();
  assert.match(household, /Şükriye Kerimi/);
  assert.match(household, /Çocuk/);
  assert.match(await page.locator('.need-list').innerText(), /YUKK m\. 67/);
  const personId = new URL(page.url()).pathname.split('/').pop() ?? '';

  // The override and its reason were recorded with the registration.
  const audit = await api.get<{ events: { action: string; details: Record<string, unknown> }[] }>(
    `/api/v1/audit?personId=${personId}`,
  );
  const registration = audit.events.find((e) => e.action === 'person.register');
  assert.equal((registration?.details.duplicateOverride as string[] | undefined)?.length, overridden);

  // Issue a registration document and print its card.
  await page.locator('#document-type').selectOption('registration_document');
  await page.getByRole('button', { name: 'Düzenle', exact: true }).click();
  await page.locator('.status-valid').waitFor();
  assert.match(await page.locator('.data-table tbody').innerText(), /KB-\d{4}-\d{6}/);
  await screenshot(page, 'tr-person');
  await page.getByRole('link', { name: 'Kartı yazdır' }).click();
  await page.locator('.id-card').waitFor();
  const card = await page.locator('.id-card').innerText();
  assert.match(card, new RegExp(idNumber));
  assert.match(card, /Kerimi/);
  assert.match(card, /احمد کریمی/);
  assert.ok(
    await page.locator('.id-card').evaluate((el) => el.scrollHeight <= el.clientHeight + 1),
    'card content fits',
  );
  await screenshot(page, 'tr-card');

  assert.deepEqual(errors, []);
  await context.close();
});
