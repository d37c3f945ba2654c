// SQL for the public portal: sections, pages with their published translations, contacts,
// redirects, and the import of the content files.
import type { Kysely, Transaction } from 'kysely';
import type { Database, PortalTranslationLang } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function sections(db: Q) {
  return db.selectFrom('portal_section').selectAll().orderBy('position').execute();
}

export function contacts(db: Q) {
  return db.selectFrom('portal_contact').selectAll().execute();
}

const published = (db: Q) =>
  db
    .selectFrom('portal_translation as t')
    .innerJoin('portal_page as p', 'p.id', 't.page_id')
    .select([
      'p.id as page_id',
      'p.section',
      'p.slug',
      'p.classification',
      'p.sources',
      'p.exit_control',
      'p.source_lang',
      't.lang',
      't.version',
      't.title',
      't.summary',
      't.body',
      't.uncertain',
      't.last_reviewed',
      't.next_review_due',
      't.source_version',
    ])
    .where('t.status', '=', 'published');

export type PublishedTranslation = Awaited<ReturnType<typeof publishedIn>>[number];

/** Every published page in a language (the portal is small: the search reads them all). */
export function publishedIn(db: Q, lang: PortalTranslationLang) {
  return published(db).where('t.lang', '=', lang).orderBy('p.section').orderBy('p.slug').execute();
}

/** A page's published translations in every language (for the switcher and staleness). */
export function publishedOfPage(db: Q, section: string, slug: string) {
  return published(db).where('p.section', '=', section).where('p.slug', '=', slug).execute();
}

export function redirectFor(db: Q, path: string) {
  return db.selectFrom('portal_redirect').select('to_path').where('from_path', '=', path).executeTakeFirst();
}

export async function isEmpty(db: Q): Promise<boolean> {
  return (await db.selectFrom('portal_page').select('id').limit(1).executeTakeFirst()) === undefined;
}
