// Loads the portal's content files (content/help) into the database the first time the server
// starts, so that a fresh installation has its pages; from then on editors own them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database, PortalPageClassification, PortalSectionRegime } from '../../db/schema.ts';
import { isEmpty } from './portal.repository.ts';

export const LANGS = ['tr', 'en', 'ar', 'fa'] as const;

/** The content shipped with Koruma: content/help at the repository's root. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../content/help', import.meta.url));
export type Lang = (typeof LANGS)[number];

interface PageFile {
  section: string;
  slug: string;
  classification: PortalPageClassification;
  owner: string;
  sources: string[];
  lastReviewed: string;
  nextReviewDue: string;
  exitControl?: boolean;
  translations: Record<Lang, { title: string; summary: string; body: string; uncertain?: string | null }>;
}

function pageFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pageFiles(path));
    else if (name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Imports content/help when the portal holds no page yet; returns the number of pages added. */
export async function importContentIfEmpty(db: Kysely<Database>, dir: string): Promise<number> {
  if (!existsSync(join(dir, 'sections.json')) || !(await isEmpty(db))) return 0;
  const sections = readJson<{ id: string; regime: PortalSectionRegime; title: Record<Lang, string> }[]>(
    join(dir, 'sections.json'),
  );
  const contacts = readJson<{ id: string }[]>(join(dir, 'contacts.json'));
  const pages = pageFiles(join(dir, 'pages')).map((p) => readJson<PageFile>(p));
  await db.transaction().execute(async (trx) => {
    for (const [position, s] of sections.entries())
      await trx
        .insertInto('portal_section')
        .values({ id: s.id, position, regime: s.regime, titles: JSON.stringify(s.title) })
        .execute();
    for (const c of contacts)
      await trx
        .insertInto('portal_contact')
        .values({ id: c.id, data: JSON.stringify(c) })
        .execute();
    for (const page of pages) {
      const { id } = await trx
        .insertInto('portal_page')
        .values({
          section: page.section,
          slug: page.slug,
          classification: page.classification,
          owner: page.owner,
          sources: page.sources,
          exit_control: page.exitControl ?? false,
          source_lang: 'en',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const lang of LANGS) {
        const t = page.translations[lang];
        await trx
          .insertInto('portal_translation')
          .values({
            page_id: id,
            lang,
            version: 1,
            status: 'published',
            title: t.title,
            summary: t.summary,
            body: t.body,
            uncertain: t.uncertain ?? null,
            last_reviewed: page.lastReviewed,
            next_review_due: page.nextReviewDue,
            source_version: lang === 'en' ? null : 1,
            published_at: new Date(),
          })
          .execute();
      }
    }
  });
  return pages.length;
}
