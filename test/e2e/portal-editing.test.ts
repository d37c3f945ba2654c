// Editing the public portal. An editor (Turkish) opens the translation dashboard (fourteen pages,
// nothing outdated), saves an English draft of a protection-critical page, and is refused when she
// publishes it herself (four eyes). A second editor publishes it: the Arabic, Persian and Turkish
// translations become outdated on the dashboard, and the public Arabic page shows the banner.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiClient } from './api.ts';
import { launchBrowser, newContext, screenshot, signIn, watchErrors } from './browser.ts';
import { createStaff, STAFF_PASSWORD } from './cases.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
const PAGE = 'international-protection/apply';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await apiClient(server.url, server.adminPassword);
  await createStaff(admin, 'elif', 'content_editor', 'Elif Yılmaz', null);
  await createStaff(admin, 'murat', 'content_editor', 'Murat Şahin', null);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function as(username: string) {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, STAFF_PASSWORD, username, '#portal-dashboard-heading');
  await page.locator('.portal-table tbody tr').first().waitFor();
  return { context, page, errors };
}

void test('a protection-critical page: drafted, published by a second editor, translations outdated', async () => {
  // The first editor: the dashboard is her home page; everything is current.
  let { context, page, errors } = await as('elif');
  assert.equal(await page.locator('.portal-table tbody tr').count(), 14);
  assert.equal(await page.locator('.portal-table .cell-outdated').count(), 0);
  assert.match(await page.locator('.coverage-card[data-lang="ar"]').innerText(), /14 sayfa yayında/);

  // An English draft of the page on how to apply (English is its source language).
  await page.locator(`tr[data-page="${PAGE}"] th a`).click();
  await page.locator('#portal-editor-heading').waitFor();
  assert.equal(await page.locator('#portal-lang').inputValue(), 'en');
  const form = page.getByRole('form', { name: 'Yeni taslak yaz' });
  await form.locator('#draft-title').fill('How to apply for international protection');
  await form.locator('#draft-summary').fill('Go in person to the migration directorate of your province.');
  await form
    .locator('#draft-body')
    .fill(
      '## Where to go\n\nGo to the provincial directorate.\n\n- Bring your documents.\n\n{{contact:yimer}}',
    );
  await form.getByRole('button', { name: 'Taslağı kaydet' }).click();
  await form.getByRole('status').filter({ hasText: 'Taslak sürüm 2 kaydedildi.' }).waitFor();
  const editorUrl = new URL(page.url()).pathname;

  // Publishing her own draft of a protection-critical page is refused.
  const waiting = page.getByRole('region', { name: 'Bekleyen sürümler' });
  await waiting.locator('[data-version="2"]').getByRole('button', { name: 'Yayımla' }).click();
  const refusal = waiting.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /ikinci bir editör yayımlamalıdır[\s\S]*FOUR_EYES/);
  assert.deepEqual(errors, []);
  await context.close();

  // The second editor publishes it.
  ({ context, page, errors } = await as('murat'));
  await page.goto(`${editorUrl}?lang=en`);
  const pending = page.getByRole('region', { name: 'Bekleyen sürümler' });
  await pending.locator('[data-version="2"]').getByRole('button', { name: 'Yayımla' }).click();
  await pending.getByRole('status').filter({ hasText: 'Sürüm yayımlandı.' }).waitFor();
  assert.match(
    await page.locator('tr[data-lang="en"][data-status="published"]').first().innerText(),
    /2[\s\S]*How to apply/,
  );

  // The dashboard: the three translations of that page are outdated, the source is not.
  await page.getByRole('link', { name: 'Portal sayfaları' }).click();
  const row = page.locator(`tr[data-page="${PAGE}"]`);
  await row.locator('td[data-lang="ar"] .badge-outdated').waitFor();
  for (const lang of ['ar', 'fa', 'tr'])
    assert.match(await row.locator(`td[data-lang="${lang}"]`).innerText(), /Güncel değil/);
  assert.doesNotMatch(await row.locator('td[data-lang="en"]').innerText(), /Güncel değil/);
  assert.match(await page.locator('.coverage-card[data-lang="fa"]').innerText(), /1 çeviri güncel değil/);
  await screenshot(page, 'tr-portal-dashboard');
  assert.deepEqual(errors, []);

  // The public Arabic page stays online, with the outdated banner.
  await page.goto(`/ar/${PAGE}`);
  await page.locator('.outdated').waitFor();
  await context.close();
});
