// An applicant on a phone over slow 4G, in Persian: signs in with the ID number, date of birth
// and the one-time code from the outbox, and sees their appeal window's last day. The sign-in
// and the page have zero axe-core violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiClient, person, type ApiClient, type Registered } from './api.ts';
import { axeViolations, phonePage } from './phone.ts';
import { launchBrowser, SCREENSHOTS } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
let api: ApiClient;
let applicant: Registered & { dateOfBirth: string };
let lastDay: string;

const day = (offset: number) =>
  new Date(Date.now() + 3 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  server = await startServer();
  api = await apiClient(server.url, server.adminPassword);
  const registered = await api.post<Registered & { dateOfBirth: string }>(
    '/api/v1/persons',
    person({
      givenName: 'Shirin',
      familyName: 'Ahmadzai',
      sex: 'female',
      dateOfBirth: '1993-04-12',
      phone: '+90 555 444 33 22',
      languages: ['fa'],
    }),
  );
  applicant = registered;
  let c = await api.post<{ id: string; version: number }>('/api/v1/cases', {
    track: 'international_protection',
    lodgedOn: day(-40),
    lodgedVia: 'directorate',
    provinceCode: '06',
    principalPersonId: registered.id,
  });
  const act = async (occurredOn: string, command: Record<string, unknown>) => {
    c = await api.post(`/api/v1/cases/${c.id}/actions`, { version: c.version, occurredOn, command });
  };
  await act(day(-40), { action: 'register' });
  await act(day(-39), {
    action: 'schedule_interview',
    scheduledAt: `${day(-30)}T10:00:00+03:00`,
    interpreterLanguage: 'fa',
    attendees: [],
  });
  await act(day(-30), { action: 'record_interview', record: 'Interview held in Persian.' });
  await act(day(-2), { action: 'decide', decision: 'rejected', reasons: 'Not established.' });
  await act(day(-2), { action: 'serve_decision' });
  const view = await api.get<{ clocks: { code: string; lastDay: string; closedOn: string | null }[] }>(
    `/api/v1/cases/${c.id}`,
  );
  lastDay = view.clocks.find((k) => k.code === 'T10' && k.closedOn === null)!.lastDay;

  browser = await launchBrowser();
  page = await phonePage(browser, server.url, 'fa');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

void test('an applicant signs in with a one-time code and sees the last day to go to court, in Persian', async () => {
  await page.goto('/fa/me');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.deepEqual(await axeViolations(page), []);
  await page.fill('input[name=foreignerIdNumber]', applicant.foreignerIdNumber);
  await page.fill('input[name=dateOfBirth]', '1993-04-12');
  await page.click('form[action="/fa/me/code"] button');
  await page.waitForSelector('input[name=code]');
  const outbox = readFileSync(join(server.dataDir, 'outbox.log'), 'utf8');
  assert.match(outbox, /\+90 555 444 33 22/);
  const code = /(\d{6})/.exec(outbox.split('\n\n').filter(Boolean).at(-1)!)![1]!;
  await page.fill('input[name=code]', code);
  await page.click('form[action="/fa/me/sign-in"] button');
  await page.waitForSelector('h2:has-text("مهلت‌های باز اعتراض")');
  assert.equal((await page.locator(`time[datetime="${lastDay}"]`).count()) > 0, true);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(SCREENSHOTS, 'fa-self-service.png'), fullPage: true });
});
