// The public portal over HTTP: four languages with direction, freshness and sources on every
// article, contacts from one record, search with and without diacritics, hostile input, a proper
// 404 in the reader's language, permanent redirects, ETags, the size budget, nothing third-party.
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, importContentIfEmpty } from '../../src/modules/portal/content-import.service.ts';
import { LANGS } from '../../src/domain/reference/labels.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  expect(await importContentIfEmpty(t.db.kysely, CONTENT_DIR)).toBeGreaterThan(10);
});
afterAll(() => t.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${t.baseUrl}${path}`, { headers, redirect: 'manual' });

const PAGES = readdirSync(join(CONTENT_DIR, 'pages')).flatMap((section) =>
  readdirSync(join(CONTENT_DIR, 'pages', section)).map((file) => `${section}/${file.replace(/\.json$/, '')}`),
);

describe('articles in four languages', () => {
  it('serves every page in every language with lang and dir, freshness, sources, within 30 KB compressed, without script', async () => {
    for (const page of PAGES)
      for (const lang of LANGS) {
        const res = await get(`/${lang}/${page}`);
        const html = await res.text();
        expect(res.status, `${lang}/${page}`).toBe(200);
        expect(html).toContain(
          `<html lang="${lang}" dir="${lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr'}">`,
        );
        expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
        expect(html).toContain('hreflang="fa"');
        expect(html).not.toMatch(/<script/i);
        // Nothing is fetched from elsewhere: no external stylesheet, image, font or frame.
        expect(html).not.toMatch(/(src|href)="https?:\/\/(?!www\.google\.com\/")/);
        expect(gzipSync(html).length, `${lang}/${page} compressed`).toBeLessThan(30 * 1024);
        expect(res.headers.get('set-cookie')).toMatch(/^koruma_lang=(tr|en|ar|fa);/);
      }
  });

  it('writes a hotline the same way in every language, as a left-to-right tel: link', async () => {
    for (const lang of LANGS) {
      const html = await (await get(`/${lang}/contacts/hotlines`)).text();
      expect(html, lang).toContain('<a class="tel" href="tel:+904444868" dir="ltr">444 48 68</a>');
    }
  });

  it('shows the exit control on the page about violence only', async () => {
    expect(await (await get('/fa/safety/violence-and-help')).text()).toContain('class="exit"');
    expect(await (await get('/fa/international-protection/apply')).text()).not.toContain('class="exit"');
  });

  it('switches language with autonyms, marking the current one', async () => {
    const html = await (await get('/ar/resettlement/resettlement')).text();
    for (const name of ['Türkçe', 'English', 'العربية', 'فارسی']) expect(html).toContain(`>${name}</a>`);
    expect(html).toMatch(
      /href="\/ar\/resettlement\/resettlement" lang="ar" hreflang="ar" aria-current="page"/,
    );
  });

  it('answers a repeat visit with 304 when nothing changed', async () => {
    const first = await get('/tr/faq/questions');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await get('/tr/faq/questions', { 'if-none-match': etag })).status).toBe(304);
  });
});

describe('not found and moved', () => {
  it('gives a 404 page with search in the best language of the reader', async () => {
    const res = await get('/de/international-protection/apply', {
      'accept-language': 'fa-IR,fa;q=0.9,en;q=0.5',
    });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('action="/fa/search"');
    expect((await get('/en/nowhere/at-all')).status).toBe(404);
  });

  it('redirects a renamed page permanently', async () => {
    await t.db.kysely
      .insertInto('portal_redirect')
      .values({ from_path: '/en/turkey/apply', to_path: '/en/international-protection/apply' })
      .execute();
    const res = await get('/en/turkey/apply');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/international-protection/apply');
  });

  it('leaves the staff app its own paths', async () => {
    const res = await get('/persons/00000000-0000-4000-8000-000000000001/card');
    expect(res.status).not.toBe(404);
  });
});

describe('search', () => {
  const results = async (lang: string, q: string) => {
    const html = await (await get(`/${lang}/search?q=${encodeURIComponent(q)}`)).text();
    return [...html.matchAll(/<li><a href="(\/[a-z]{2}\/[^"]+)"/g)].map((m) => m[1]);
  };

  it('finds how to apply in Arabic, with and without diacritics', async () => {
    expect(await results('ar', 'تقديم طلب الحماية')).toContain('/ar/international-protection/apply');
    expect(await results('ar', 'تَقْدِيم طَلَب الْحِمَايَة')).toContain('/ar/international-protection/apply');
  });

  it('finds the removal-centre rights and the hotline in Farsi, whatever letters are typed', async () => {
    expect(await results('fa', 'مرکز اخراج')).toContain('/fa/removal/removal-and-removal-centres');
    expect(await results('fa', 'مركز اخراج')).toContain('/fa/removal/removal-and-removal-centres');
    expect(await results('fa', 'شماره تلفن')).toContain('/fa/contacts/hotlines');
  });

  it('finds Turkish words typed without their letters, and with a typo', async () => {
    expect(await results('tr', 'yeniden yerlesim')).toContain('/tr/resettlement/resettlement');
    expect(await results('en', 'resetlement')).toContain('/en/resettlement/resettlement');
  });

  it('handles hostile input without reflecting it unescaped', async () => {
    const nasty = `<script>alert(1)</script>\u0000\u0007${'x'.repeat(10_000)}`;
    const res = await get(`/en/search?q=${encodeURIComponent(nasty)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html.includes('\u0000') || html.includes('\u0007')).toBe(false);
  });
});
