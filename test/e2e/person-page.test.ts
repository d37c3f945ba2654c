// Working on a record in English: contact changes (with the record's version), specific needs,
// the document life cycle, and a family member recognised as an already registered person.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiClient, person, type ApiClient, type Registered } from './api.ts';
import { launchBrowser, newContext, signIn, watchErrors } from './browser.ts';
import { startServer, type TestServer } from './server.ts';
import { checkForExisting, fillPerson } from './wizard.ts';

/** An ISO date some days before today in Türkiye (UTC+3). */
const daysAgo = (days: number) =>
  new Date(Date.now() + 3 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

let server: TestServer;
let browser: Browser;
let api: ApiClient;
let zahra: Registered;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await apiClient(server.url, server.adminPassword);
  zahra = await api.post<Registered>(
    '/api/v1/persons',
    person({
      givenName: 'Zahra',
      familyName: 'Ahmadi',
      givenNameOriginal: 'زهرا',
      familyNameOriginal: 'احمدی',
      sex: 'female',
      dateOfBirth: '1994-08-17',
    }),
  );
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

void test('contact, specific needs and documents on the person page', async () => {
  const context = await newContext(browser, server.url, 'en-GB');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, server.adminPassword);
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto(`/persons/${zahra.id}`);
  await page.locator('#person-heading').waitFor();

  // Contact: a wrong phone is refused next to the field, a right one is saved.
  const contact = page.getByRole('region', { name: 'Contact and address' });
  await contact.getByRole('button', { name: 'Edit' }).click();
  await page.locator('#edit-phone').fill('call me');
  await contact.getByRole('button', { name: 'Save' }).click();
  assert.match(await contact.locator('.field-error').innerText(), /phone number/);
  await page.locator('#edit-phone').fill('+90 555 010 7788');
  await page.locator('#edit-district').fill('Çankaya');
  await contact.getByRole('button', { name: 'Save' }).click();
  await contact.getByRole('button', { name: 'Edit' }).waitFor();
  assert.match(await contact.innerText(), /\+90 555 010 7788/);
  assert.match(await contact.innerText(), /Çankaya/);

  // Specific needs: record one from the statutory list, then remove it.
  const needs = page.getByRole('region', { name: 'Specific needs' });
  await page.locator('#need-code').selectOption('LFIP67-PREGNANT');
  await needs.getByRole('button', { name: 'Add' }).click();
  await needs.locator('.need-list li').first().waitFor();
  assert.match(await needs.locator('.need-list').innerText(), /LFIP Art\. 67/);
  await needs.getByRole('button', { name: /^Remove/ }).click();
  await needs.getByText('No specific needs recorded.').waitFor();

  // Documents: issue, renew, report lost (with a reason), then a second type revoked.
  const documents = page.getByRole('region', { name: 'Documents' });
  // Issued 20 days ago (entered late), so that renewal is already open.
  await page.locator('#document-type').selectOption('registration_document');
  await page.locator('#document-issued-on').fill(daysAgo(20));
  await documents.getByRole('button', { name: 'Issue', exact: true }).click();
  await documents.locator('.status-valid').waitFor();
  await documents.getByRole('button', { name: 'Renew' }).click();
  await documents.getByText('Renewed 1 time').waitFor();
  // Renewed: the next renewal waits for the second half of the new period.
  await documents.getByText('Renewable from').waitFor();
  await documents.getByRole('button', { name: 'Report lost' }).click();
  const confirm = documents.getByRole('button', { name: 'Record as lost' });
  assert.equal(await confirm.isDisabled(), true, 'a reason is required');
  await documents.locator('textarea').fill('Lost at the bus station');
  await confirm.click();
  await documents.locator('.status-lost').waitFor();
  assert.match(await documents.innerText(), /Lost at the bus station/);
  assert.equal(
    await documents.getByRole('link', { name: 'Print card' }).count(),
    0,
    'a lost document is not printed',
  );

  await page.locator('#document-type').selectOption('ip_applicant_id');
  await documents.getByRole('button', { name: 'Issue', exact: true }).click();
  await documents.locator('.status-valid').waitFor();
  await documents.getByRole('button', { name: 'Revoke' }).click();
  await documents.locator('textarea').fill('Issued to the wrong person');
  await documents.getByRole('button', { name: 'Revoke the document' }).click();
  await documents.locator('.status-revoked').waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});

void test('a family member recognised among the candidates joins as the existing person', async () => {
  const context = await newContext(browser, server.url, 'en-GB');
  const page = await context.newPage();
  await signIn(page, server.adminPassword);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Register a person or family' }).click();
  await fillPerson(page, 'principal', {
    givenName: 'Reza',
    familyName: 'Ahmadi',
    sex: 'male',
    dateOfBirth: '1989-01-20',
    nationality: 'IRN',
    provinceCode: '06',
    entryType: 'regular',
  });
  await checkForExisting(page, 'principal');
  await page.getByRole('button', { name: 'Continue to family members' }).click();

  await page.getByRole('button', { name: 'Add a family member' }).click();
  await page.locator('#member-relationship').selectOption('spouse');
  await fillPerson(page, 'member', {
    givenName: 'Zahra',
    familyName: 'Ahmadi',
    sex: 'female',
    dateOfBirth: '1994-08-17',
    nationality: 'AFG',
  });
  await checkForExisting(page, 'member');
  await page.getByRole('button', { name: 'This is the same person — add to the family' }).click();
  assert.match(await page.locator('.member-editor .notice-info').innerText(), /already registered/);
  await page.getByRole('button', { name: 'Save family member' }).click();
  assert.match(
    await page.locator('.member-list').innerText(),
    new RegExp(`Existing record\\s+${zahra.foreignerIdNumber}`),
  );
  await page.getByRole('button', { name: 'Continue to review' }).click();
  await page.getByRole('button', { name: 'Register the family' }).click();

  await page.locator('#person-heading').waitFor();
  assert.equal(await page.locator('#person-heading').innerText(), 'Reza Ahmadi');
  await page.getByRole('link', { name: 'Zahra Ahmadi' }).click();
  await page.waitForURL(`**/persons/${zahra.id}`);
  assert.match(await page.locator('.household-list').innerText(), /Reza Ahmadi\s+Principal applicant/);
  await context.close();
});
