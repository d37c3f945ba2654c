// A phone for the public pages: a 360×740 window over Lighthouse's slow-4G profile (150 ms,
// 1.6 Mbit/s down, 750 kbit/s up), and axe-core to check what it shows. The portal's
// Content-Security-Policy forbids every script, axe-core's too, so this context lifts it.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function phonePage(browser: Browser, baseURL: string, locale: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale,
    bypassCSP: true,
    viewport: { width: 360, height: 740 },
  });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  return page;
}

/** The WCAG 2.2 AA rules and axe's best practices that the page breaks, with how often. */
export async function axeViolations(page: Page): Promise<string[]> {
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
