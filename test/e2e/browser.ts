// Debian's Chromium through playwright-core: never downloads a browser, never leaves 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from './server.ts';

export const SCREENSHOTS = join(REPO_ROOT, 'test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile; requests to anything but the test server are refused. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  locale = 'tr-TR',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId: 'Europe/Istanbul',
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' || url.protocol === 'data:' ? route.continue() : route.abort();
  });
  return context;
}

/** Collects uncaught page errors and Content-Security-Policy refusals, so a test can assert the app ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

/** Signs in and waits for the first page: the search desk, or `ready` (e.g. a centre's board). */
export async function signIn(page: Page, password: string, username = 'admin', ready = '#q'): Promise<void> {
  await page.goto('/');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.locator(ready).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
