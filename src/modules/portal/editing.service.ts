// Editing the portal: drafts, review, publishing by a second editor for protection-critical and
// sensitive pages, the history of versions, and the staleness of translations. A translation
// records the version of the source text it was made from; when the source is published again
// the translation is outdated (shown with a banner) unless the editor marked the change minor.
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { LANGS, type Lang } from '../../domain/reference/labels.ts';
import * as repo from './portal.repository.ts';

export interface DraftInput {
  title: string;
  summary: string;
  body: string;
  uncertain?: string | null | undefined;
  lastReviewed: string;
  nextReviewDue: string;
  minorChange?: boolean | undefined;
}

/** Markup is never stored: the text format has none, and tags are taken out on save. */
export function sanitise(text: string): string {
  return text.replace(/<[^>]*>?/g, '').replace(/javascript:/gi, '');
}

async function page(ctx: UseCaseContext, pageId: string) {
  const row = await repo.findPage(ctx.trx, pageId);
  if (!row) throw notFound('Page');
  return row;
}

const versions = (ctx: UseCaseContext, pageId: string, lang?: Lang) =>
  repo.versionsOfPage(ctx.trx, pageId, lang);

export async function saveDraft(ctx: UseCaseContext, pageId: string, lang: Lang, input: DraftInput) {
  const actor = requireActor(ctx);
  const p = await page(ctx, pageId);
  if (input.nextReviewDue <= input.lastReviewed)
    throw invalid([{ field: 'nextReviewDue', message: 'must come after the last review' }]);
  const existing = await versions(ctx, pageId, lang);
  const source = (await versions(ctx, pageId, p.source_lang)).find((v) => v.status === 'published');
  const version = Math.max(0, ...existing.map((v) => v.version)) + 1;
  const id = await repo.insertVersion(ctx.trx, {
    page_id: pageId,
    lang,
    version,
    status: 'draft',
    title: sanitise(input.title),
    summary: sanitise(input.summary),
    body: sanitise(input.body),
    uncertain: input.uncertain ? sanitise(input.uncertain) : null,
    last_reviewed: input.lastReviewed,
    next_review_due: input.nextReviewDue,
    // A translation is made from the source as it stands now.
    source_version: lang === p.source_lang ? null : (source?.version ?? null),
    minor_change: input.minorChange ?? false,
    created_by: actor.userId,
  });
  ctx.audit({
    action: 'portal.draft',
    entityType: 'portal_translation',
    entityId: id,
    details: { pageId, lang, version },
  });
  return version;
}

export async function publish(ctx: UseCaseContext, pageId: string, lang: Lang, version: number) {
  const actor = requireActor(ctx);
  const p = await page(ctx, pageId);
  const draft = (await versions(ctx, pageId, lang)).find((v) => v.version === version);
  if (!draft) throw notFound('Version');
  if (draft.status !== 'draft' && draft.status !== 'in_review')
    throw new AppError('RULE_VIOLATION', `Version ${version} is ${draft.status}`, [], { rule: 'STAGE' });
  // A protection-critical or sensitive page goes out only after a second person has read it.
  if (p.classification !== 'public' && draft.created_by === actor.userId)
    throw new AppError(
      'RULE_VIOLATION',
      'A second editor publishes a protection-critical or sensitive page',
      [],
      { rule: 'FOUR_EYES' },
    );
  const previous = (await versions(ctx, pageId, lang)).find((v) => v.status === 'published');
  await repo.supersedePublished(ctx.trx, pageId, lang);
  await repo.markPublished(ctx.trx, draft.id);
  // A minor change of the source (a fixed typo, a moved comma) leaves the translations current.
  // Only translations that were current stay current; an already outdated one stays outdated.
  if (lang === p.source_lang && draft.minor_change && previous)
    await repo.moveSourceVersion(ctx.trx, pageId, lang, previous.version, version);
  // Every process's rendered pages are now old (the switcher, lists and banners change too).
  await repo.raiseGeneration(ctx.trx);
  ctx.audit({
    action: 'portal.publish',
    entityType: 'portal_translation',
    entityId: draft.id,
    details: { pageId, lang, version, minor: draft.minor_change },
  });
}

export async function submitForReview(ctx: UseCaseContext, pageId: string, lang: Lang, version: number) {
  const draft = (await versions(ctx, pageId, lang)).find((v) => v.version === version);
  if (!draft) throw notFound('Version');
  if (draft.status !== 'draft') throw conflict(`Version ${version} is ${draft.status}`);
  await repo.markInReview(ctx.trx, draft.id);
  ctx.audit({ action: 'portal.submit', entityType: 'portal_translation', entityId: draft.id });
}

/** Every page with, per language, what is published, what waits, and whether it is outdated. */
export async function dashboard(ctx: UseCaseContext) {
  const pages = await repo.allPages(ctx.trx);
  const all = await repo.versionSummaries(ctx.trx);
  const perPage = pages.map((p) => {
    const of = all.filter((t) => t.page_id === p.id);
    const source = of.find((t) => t.lang === p.source_lang && t.status === 'published');
    const languages = Object.fromEntries(
      LANGS.map((lang) => {
        const published = of.find((t) => t.lang === lang && t.status === 'published');
        const waiting = of
          .filter((t) => t.lang === lang && (t.status === 'draft' || t.status === 'in_review'))
          .map((t) => ({ version: t.version, status: t.status }));
        const outdated =
          !!published &&
          lang !== p.source_lang &&
          !!source &&
          (published.source_version ?? 0) < source.version;
        return [
          lang,
          {
            publishedVersion: published?.version ?? null,
            title: published?.title ?? null,
            outdated,
            waiting,
          },
        ];
      }),
    );
    return {
      id: p.id,
      section: p.section,
      slug: p.slug,
      classification: p.classification,
      sourceLang: p.source_lang,
      languages,
    };
  });
  const coverage = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      {
        published: perPage.filter((p) => p.languages[lang]?.publishedVersion).length,
        outdated: perPage.filter((p) => p.languages[lang]?.outdated).length,
        missing: perPage.filter((p) => !p.languages[lang]?.publishedVersion).length,
      },
    ]),
  );
  return { pages: perPage, coverage };
}

export async function history(ctx: UseCaseContext, pageId: string) {
  await page(ctx, pageId);
  return (await versions(ctx, pageId)).map((v) => ({
    lang: v.lang,
    version: v.version,
    status: v.status,
    title: v.title,
    sourceVersion: v.source_version,
    minorChange: v.minor_change,
    createdAt: v.created_at.toISOString(),
    publishedAt: v.published_at?.toISOString() ?? null,
  }));
}

/** The text an editor starts from: the published version in that language, else the latest. */
export async function currentText(ctx: UseCaseContext, pageId: string, lang: Lang) {
  await page(ctx, pageId);
  const all = await versions(ctx, pageId, lang);
  const v = all.find((x) => x.status === 'published') ?? all.at(-1);
  if (!v) return null;
  return { version: v.version, title: v.title, summary: v.summary, body: v.body, uncertain: v.uncertain };
}
