// Loads the portal's content files (content/help) into the database the first time the server
// starts, so that a fresh installation has its pages; from then on editors own them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database, PortalPageClassification, PortalSectionRegime } from '../../db/schema.ts';
import { LANGS, type Lang } from '../../domain/reference/labels.ts';
import { insertContent, isEmpty } from './portal.repository.ts';

/** The content shipped with Koruma: content/help at the repository's root. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../content/help', import.meta.url));

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
  // The shipped texts are written in English; each other language is a translation of its version 1.
  await insertContent(db, {
    sections: sections.map((s, position) => ({
      id: s.id,
      position,
      regime: s.regime,
      titles: JSON.stringify(s.title),
    })),
    contacts: contacts.map((c) => ({ id: c.id, data: JSON.stringify(c) })),
    pages: pages.map((page) => ({
      page: {
        section: page.section,
        slug: page.slug,
        classification: page.classification,
        owner: page.owner,
        sources: page.sources,
        exit_control: page.exitControl ?? false,
        source_lang: 'en',
      },
      translations: LANGS.map((lang) => {
        const t = page.translations[lang];
        return {
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
        };
      }),
    })),
  });
  return pages.length;
}
