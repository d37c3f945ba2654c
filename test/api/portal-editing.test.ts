// Editing the portal over HTTP: drafts, a second editor for protection-critical pages, versions,
// translations outdated by a change of the source (not by a minor one), the banner on the public
// page, and markup taken out on save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, importContentIfEmpty } from '../../src/modules/portal/content-import.service.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';

let t: TestApp;
let first: Client;
let second: Client;
let pages: any[];
beforeAll(async () => {
  t = await startTestApp();
  await importContentIfEmpty(t.db.kysely, CONTENT_DIR);
  first = await t.as('content_editor');
  second = await t.as('content_editor');
  pages = (await first.get('/api/v1/portal/pages')).body.pages;
});
afterAll(() => t.close());

const pageId = (section: string, slug: string) =>
  pages.find((p) => p.section === section && p.slug === slug).id as string;
const draft = (client: Client, id: string, lang: string, body: Record<string, unknown> = {}) =>
  client.post(`/api/v1/portal/pages/${id}/translations/${lang}/drafts`, {
    title: 'How to apply for international protection',
    summary: 'Go in person to the migration directorate of the province you are in.',
    body: 'Go to the provincial directorate.\n\n- Bring your documents.\n\n{{contact:yimer}}',
    lastReviewed: '2026-11-29',
    nextReviewDue: '2027-05-29',
    ...body,
  });
const publish = (client: Client, id: string, lang: string, version: number) =>
  client.post(`/api/v1/portal/pages/${id}/translations/${lang}/versions/${version}/publish`, {});
const publicPage = async (path: string) => (await fetch(`${t.baseUrl}${path}`)).text();

describe('editing', () => {
  it('starts with every page published in four languages and nothing outdated', async () => {
    const { coverage } = (await first.get('/api/v1/portal/pages')).body;
    for (const lang of ['tr', 'en', 'ar', 'fa'])
      expect(coverage[lang]).toMatchObject({ missing: 0, outdated: 0 });
    expect((await (await t.as('registration_officer')).get('/api/v1/portal/pages')).status).toBe(403);
  });

  it('publishes a protection-critical page only through a second editor, and outdates its translations', async () => {
    const id = pageId('international-protection', 'apply');
    const saved = await draft(first, id, 'en');
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const own = await publish(first, id, 'en', saved.body.version);
    expect(own.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'FOUR_EYES' });
    expect((await publish(second, id, 'en', saved.body.version)).status).toBe(200);
    const row = (await first.get('/api/v1/portal/pages')).body.pages.find((p: any) => p.id === id);
    expect(row.languages.ar).toMatchObject({ outdated: true });
    expect(row.languages.en).toMatchObject({ publishedVersion: 2, outdated: false });
    // The outdated Arabic page stays online, with a banner linking to the current source.
    const ar = await publicPage('/ar/international-protection/apply');
    expect(ar).toContain('class="outdated"');
    expect(ar).toContain('href="/en/international-protection/apply" lang="en"');
    expect(await publicPage('/en/international-protection/apply')).toContain(
      'Go to the provincial directorate.',
    );
    const text = (await first.get(`/api/v1/portal/pages/${id}/translations/en/text`)).body;
    expect(text).toMatchObject({
      version: 2,
      body: expect.stringContaining('Go to the provincial directorate.'),
    });
  });

  it('does not outdate current translations for a minor change', async () => {
    const id = pageId('contacts', 'hotlines');
    const saved = await draft(first, id, 'en', { minorChange: true, title: 'Whom to call' });
    // A public page: its own author may publish it.
    expect((await publish(first, id, 'en', saved.body.version)).status).toBe(200);
    const row = (await first.get('/api/v1/portal/pages')).body.pages.find((p: any) => p.id === id);
    for (const lang of ['tr', 'ar', 'fa']) expect(row.languages[lang].outdated).toBe(false);
    const versions = (await first.get(`/api/v1/portal/pages/${id}/versions`)).body;
    expect(versions.filter((v: any) => v.lang === 'en').map((v: any) => v.status)).toEqual([
      'superseded',
      'published',
    ]);
  });

  it('takes markup out on save, so an editor cannot put a script on a public page', async () => {
    const id = pageId('faq', 'questions');
    const saved = await draft(first, id, 'tr', {
      title: 'Sık sorulan <script>alert(1)</script> sorular',
      body: 'Metin <img src=x onerror=alert(1)> burada.',
    });
    await publish(second, id, 'tr', saved.body.version);
    const html = await publicPage('/tr/faq/questions');
    expect(html).not.toMatch(/<script|<img|onerror/);
    expect(html).toContain('Metin  burada.');
  });
});
