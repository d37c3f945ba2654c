// A caseworker takes their worklist out as CSV from the worklists screen: the file is UTF-8
// with a byte-order mark, the header in the reader's language, the Arabic names intact.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiClient, person, type ApiClient } from './api.ts';
import { launchBrowser, newContext, signIn, watchErrors } from './browser.ts';
import { act, createStaff, daysAgo, lodge, STAFF_PASSWORD } from './cases.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let api: ApiClient;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  api = await apiClient(server.url, server.adminPassword);
  const khaled = await api.post<{ id: string }>(
    '/api/v1/persons',
    person({
      nationality: 'SYR',
      provinceCode: '06',
      givenName: 'خالد',
      familyName: 'الحموي',
      dateOfBirth: '1984-05-20',
    }),
  );
  const lodged = await lodge(api, khaled.id, daysAgo(5));
  await act(api, lodged, daysAgo(5), { action: 'register' });
  await createStaff(api, 'deniz.indir', 'protection_caseworker', 'Deniz Kaya');
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

void test('a caseworker downloads the worklist as CSV with the Arabic names intact', async () => {
  const context = await newContext(browser, server.url, 'tr-TR');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await signIn(page, STAFF_PASSWORD, 'deniz.indir');
  await page.goto('/worklists?list=interviews_to_schedule');
  await page.locator('.worklist-table tbody tr').first().waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'İndir' }).getByRole('link', { name: 'CSV', exact: true }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^worklist-interviews_to_schedule-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  assert.match(lines[0]!, /^Dosya numarası,Ad,Soyad,/);
  assert.ok(
    lines.some((line) => line.includes(',خالد,الحموي,')),
    lines.join('\n'),
  );
  assert.deepEqual(errors, []);
  await context.close();
});
