// The public portal in a phone-sized Chromium over Lighthouse's slow-4G profile: every page
// template in all four languages has zero axe-core violations and the right lang and dir; an
// Arabic and a Farsi reader find how to apply, the hotline and the removal-centre rights by
// searching with and without diacritics. The pages carry no script at all (test/api/portal.test.ts);
// JavaScript stays on here only so that axe-core can run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, phonePage } from './phone.ts';
import { launchBrowser, SCREENSHOTS } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await phonePage(browser, server.url, 'ar');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const TEMPLATES = [
  '/',
  '/international-protection/',
  '/international-protection/apply',
  '/safety/violence-and-help',
  '/search?q=x',
  '/no-such/page',
];

void test('every template in every language: zero axe violations, lang and dir on <html>', async () => {
  for (const lang of ['tr', 'en', 'ar', 'fa']) {
    for (const template of TEMPLATES) {
      const path = template === '/' ? `/${lang}/` : `/${lang}${template}`;
      await page.goto(path);
      const html = page.locator('html');
      assert.equal(await html.getAttribute('lang'), lang, path);
      assert.equal(await html.getAttribute('dir'), lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr', path);
      assert.deepEqual(await axeViolations(page), [], path);
    }
  }
});

async function searchFor(lang: string, words: string): Promise<string[]> {
  await page.goto(`/${lang}/`);
  await page.fill('input[name=q]', words);
  await page.click('form.search button');
  await page.waitForURL(/\/search\?q=/);
  return page.locator('ul.results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

void test('an Arabic reader finds how to apply, the hotline and removal-centre rights, with and without diacritics', async () => {
  assert.ok((await searchFor('ar', 'كيف أقدم طلب الحماية')).includes('/ar/international-protection/apply'));
  assert.ok((await searchFor('ar', 'كَيْفَ أُقَدِّمُ طَلَبَ الْحِمَايَة')).includes('/ar/international-protection/apply'));
  assert.ok((await searchFor('ar', 'رقم الهاتف')).includes('/ar/contacts/hotlines'));
  assert.ok((await searchFor('ar', 'مركز الترحيل')).includes('/ar/removal/removal-and-removal-centres'));
  await page.click('a[href="/ar/removal/removal-and-removal-centres"]');
  await page.screenshot({ path: join(SCREENSHOTS, 'ar-portal-removal.png'), fullPage: true });
});

void test('a Farsi reader does the same, whichever yeh and kaf the keyboard types', async () => {
  assert.ok((await searchFor('fa', 'درخواست حمایت')).includes('/fa/international-protection/apply'));
  assert.ok((await searchFor('fa', 'درخواست حمايت')).includes('/fa/international-protection/apply'));
  assert.ok((await searchFor('fa', 'شماره تلفن')).includes('/fa/contacts/hotlines'));
  assert.ok((await searchFor('fa', 'مركز اخراج')).includes('/fa/removal/removal-and-removal-centres'));
  await page.goto('/fa/contacts/hotlines');
  await page.screenshot({ path: join(SCREENSHOTS, 'fa-portal-hotlines.png'), fullPage: true });
  await page.goto('/tr/international-protection/apply');
  await page.screenshot({ path: join(SCREENSHOTS, 'tr-portal-apply.png'), fullPage: true });
  await page.goto('/en/search?q=resettlement');
  await page.screenshot({ path: join(SCREENSHOTS, 'en-portal-search.png'), fullPage: true });
});
