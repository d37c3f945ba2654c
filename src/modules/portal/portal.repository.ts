// SQL for the portal: the public pages (sections, published translations, contacts, redirects),
// the editors' versions of each translation, and the first import of the content files.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type {
  Database,
  PortalContactTable,
  PortalPageTable,
  PortalSectionTable,
  PortalTranslationLang,
  PortalTranslationTable,
} from '../../db/schema.ts';

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

export interface ContentRows {
  sections: Insertable<PortalSectionTable>[];
  contacts: Insertable<PortalContactTable>[];
  pages: {
    page: Insertable<PortalPageTable>;
    translations: Omit<Insertable<PortalTranslationTable>, 'page_id'>[];
  }[];
}

/** Writes the content files' rows in one transaction: all of them, or none. */
export function insertContent(db: Kysely<Database>, content: ContentRows): Promise<void> {
  return db.transaction().execute(async (trx) => {
    for (const section of content.sections) await trx.insertInto('portal_section').values(section).execute();
    for (const contact of content.contacts) await trx.insertInto('portal_contact').values(contact).execute();
    for (const { page, translations } of content.pages) {
      const { id } = await trx
        .insertInto('portal_page')
        .values(page)
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const t of translations)
        await trx
          .insertInto('portal_translation')
          .values({ ...t, page_id: id })
          .execute();
    }
    await raiseGeneration(trx);
  });
}

// Editing: every version of every translation, whatever its status.

export function findPage(db: Q, pageId: string) {
  return db.selectFrom('portal_page').selectAll().where('id', '=', pageId).executeTakeFirst();
}

/** Pages in the order of the translation dashboard. */
export function allPages(db: Q) {
  return db.selectFrom('portal_page').selectAll().orderBy('section').orderBy('slug').execute();
}

/** A page's versions (in one language, or all), by language then version. */
export function versionsOfPage(db: Q, pageId: string, lang?: PortalTranslationLang) {
  let q = db
    .selectFrom('portal_translation')
    .selectAll()
    .where('page_id', '=', pageId)
    .orderBy('lang')
    .orderBy('version');
  if (lang) q = q.where('lang', '=', lang);
  return q.execute();
}

/** Every version of every page, without the texts: what the translation dashboard counts. */
export function versionSummaries(db: Q) {
  return db
    .selectFrom('portal_translation')
    .select(['page_id', 'lang', 'version', 'status', 'source_version', 'title'])
    .execute();
}

export async function insertVersion(db: Q, row: Insertable<PortalTranslationTable>): Promise<string> {
  const { id } = await db
    .insertInto('portal_translation')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function markInReview(db: Q, versionId: string) {
  return db
    .updateTable('portal_translation')
    .set({ status: 'in_review' })
    .where('id', '=', versionId)
    .execute();
}

export function markPublished(db: Q, versionId: string) {
  return db
    .updateTable('portal_translation')
    .set({ status: 'published', published_at: new Date() })
    .where('id', '=', versionId)
    .execute();
}

/** The published version of a page in a language becomes superseded (before another is published). */
export function supersedePublished(db: Q, pageId: string, lang: PortalTranslationLang) {
  return db
    .updateTable('portal_translation')
    .set({ status: 'superseded' })
    .where('page_id', '=', pageId)
    .where('lang', '=', lang)
    .where('status', '=', 'published')
    .execute();
}

/** Published translations of the page made from source version `from` now count as made from `to`. */
export function moveSourceVersion(
  db: Q,
  pageId: string,
  sourceLang: PortalTranslationLang,
  from: number,
  to: number,
) {
  return db
    .updateTable('portal_translation')
    .set({ source_version: to })
    .where('page_id', '=', pageId)
    .where('lang', '<>', sourceLang)
    .where('status', '=', 'published')
    .where('source_version', '=', from)
    .execute();
}

// The generation of the published content (what the page cache of every process compares).

export async function generation(db: Q): Promise<number> {
  const row = await db.selectFrom('portal_generation').select('generation').executeTakeFirst();
  return row?.generation ?? 0;
}

/** Called inside the transaction that changes what the portal shows, so both commit together. */
export function raiseGeneration(db: Q) {
  return db
    .updateTable('portal_generation')
    .set((eb) => ({ generation: eb('generation', '+', 1) }))
    .execute();
}
