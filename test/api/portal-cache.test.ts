// The portal's pages are rendered once and served from memory until something is published: the
// next read after a publication shows the new text (in this process at once; in another process,
// which learns it from portal_generation, on its next look at that row), and a page rendered
// while a publication commits is never kept under the new generation.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, importContentIfEmpty } from '../../src/modules/portal/content-import.service.ts';
import { configurePortalCache, PortalCache } from '../../src/modules/portal/portal.cache.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';

let t: TestApp;
let writer: Client;
let publisher: Client;
let pages: { id: string; section: string; slug: string }[];
beforeAll(async () => {
  t = await startTestApp();
  await importContentIfEmpty(t.db.kysely, CONTENT_DIR);
  writer = await t.as('content_editor');
  publisher = await t.as('content_editor');
  pages = (await writer.get('/api/v1/portal/pages')).body.pages;
});
afterAll(() => t.close());
afterEach(() => configurePortalCache({ freshnessMs: 1000 }));

const pageId = (section: string, slug: string) =>
  pages.find((p) => p.section === section && p.slug === slug)!.id;
/** A word no page holds (no digits: the pages isolate numbers in <bdi>). */
const unique = () =>
  Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'qwertyuiop'[Number(d)]!);
const read = async (path: string) => (await fetch(`${t.baseUrl}${path}`)).text();

/** Saves and publishes (by a second editor) a new version with `marker` in its body. */
async function publishWith(id: string, lang: string, marker: string) {
  const current = (await writer.get(`/api/v1/portal/pages/${id}/translations/${lang}/text`)).body;
  const saved = await writer.post(`/api/v1/portal/pages/${id}/translations/${lang}/drafts`, {
    title: current.title,
    summary: current.summary,
    body: `${marker}\n\n${current.body}`,
    lastReviewed: '2026-12-01',
    nextReviewDue: '2027-06-01',
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  const published = await publisher.post(
    `/api/v1/portal/pages/${id}/translations/${lang}/versions/${saved.body.version}/publish`,
    {},
  );
  expect(published.status, JSON.stringify(published.body)).toBe(200);
}

describe('portal page cache', () => {
  it('shows an edited article on the very next read, in every language it was published in', async () => {
    const id = pageId('international-protection', 'duties');
    for (const lang of ['ar', 'fa', 'tr', 'en']) {
      const path = `/${lang}/international-protection/duties`;
      const before = await read(path);
      expect(await read(path)).toBe(before); // served again, from memory
      const marker = `Cache check ${lang} ${unique()}`;
      expect(before).not.toContain(marker);
      await publishWith(id, lang, marker);
      expect(await read(path), path).toContain(marker);
    }
  });

  it('changes the lists that name a page when its title changes (home, section)', async () => {
    const id = pageId('faq', 'questions');
    await read('/en/');
    await read('/en/faq/');
    const current = (await writer.get(`/api/v1/portal/pages/${id}/translations/en/text`)).body;
    const title = `Questions asked most (${unique()})`;
    const saved = await writer.post(`/api/v1/portal/pages/${id}/translations/en/drafts`, {
      title,
      summary: current.summary,
      body: current.body,
      lastReviewed: '2026-12-01',
      nextReviewDue: '2027-06-01',
    });
    await publisher.post(
      `/api/v1/portal/pages/${id}/translations/en/versions/${saved.body.version}/publish`,
      {},
    );
    expect(await read('/en/')).toContain(title);
    expect(await read('/en/faq/')).toContain(title);
  });

  it('learns of a publication by another process from the generation row', async () => {
    // Another process's cache: its own memory, the same database.
    const other = new PortalCache(t.db);
    configurePortalCache({ freshnessMs: 0 });
    let renders = 0;
    const render = () =>
      Promise.resolve({ html: `<p>render ${++renders}</p>`, lang: 'en' as const, status: 200 });
    const first = await other.page('k', render);
    expect((await other.page('k', render))?.identity.toString()).toBe(first?.identity.toString());
    expect(renders).toBe(1);
    await publishWith(pageId('international-protection', 'rights'), 'en', `Other process ${unique()}`);
    expect((await other.page('k', render))?.identity.toString()).toBe('<p>render 2</p>');
  });

  it('does not keep a page rendered while a publication commits', async () => {
    const cache = new PortalCache(t.db);
    configurePortalCache({ freshnessMs: 0 });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A reader starts rendering from the old text and is slow to finish.
    const slow = cache.page('k', async () => {
      await gate;
      return { html: '<p>old</p>', lang: 'en' as const, status: 200 };
    });
    // Meanwhile a publication commits and another reader sees its generation.
    await sql`update portal_generation set generation = generation + 1`.execute(t.db.kysely);
    await cache.page('other', () => Promise.resolve({ html: '<p>x</p>', lang: 'en' as const, status: 200 }));
    release();
    expect((await slow)?.identity.toString()).toBe('<p>old</p>');
    const fresh = () => Promise.resolve({ html: '<p>new</p>', lang: 'en' as const, status: 200 });
    expect((await cache.page('k', fresh))?.identity.toString()).toBe('<p>new</p>');
  });

  it('does not remember paths that are not pages', async () => {
    const cache = new PortalCache(t.db);
    let renders = 0;
    const nothing = () => {
      renders += 1;
      return Promise.resolve(null);
    };
    expect(await cache.page('no-such-page', nothing)).toBeNull();
    expect(await cache.page('no-such-page', nothing)).toBeNull();
    expect(renders).toBe(2);
  });
});
