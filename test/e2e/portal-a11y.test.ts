// The public portal in a phone-sized Chromium over Lighthouse's slow-4G profile: every page
// template in all four languages has zero axe-core violations and the right lang and dir; an
// Arabic and a Farsi reader find how to apply, the hotline and the removal-centre rights by
// searching with and without diacritics. The pages carry no script at all (test/api/portal.test.ts);
// JavaScript stays on here only so that axe-core can run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOTS } from './browser.ts';
import { startServer, type TestServer } from './server.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: TestServer;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // The portal's Content-Security-Policy forbids every script, axe-core's too: the test lifts it.
  const context = await browser.newContext({ baseURL: server.url, locale: 'ar', bypassCSP: true });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  // Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
  });
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

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
      assert.deepEqual(await axeViolations(), [], path);
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
