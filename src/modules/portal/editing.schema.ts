// What the editing API accepts: a page and language, a version of it, and a draft's text.
import { z } from 'zod';
import { isoDate } from '../../core/field-schemas.ts';
import { LANGS } from '../../domain/reference/labels.ts';

export const pageIdParams = z.strictObject({ id: z.uuid() });
export const translationParams = z.strictObject({ id: z.uuid(), lang: z.enum(LANGS) });
export const versionParams = translationParams.extend({ version: z.coerce.number().int().min(1) });

export const draftBody = z.strictObject({
  title: z.string().trim().min(2).max(200),
  summary: z.string().trim().min(2).max(500),
  body: z.string().trim().min(2).max(20_000),
  uncertain: z.string().trim().max(1000).nullish(),
  lastReviewed: isoDate,
  nextReviewDue: isoDate,
  minorChange: z.boolean().optional(),
});

// What it answers.
const STATUS = z.string().describe('draft, in_review, published or superseded');
export const dashboardView = z.object({
  pages: z.array(
    z.object({
      id: z.uuid(),
      section: z.string(),
      slug: z.string(),
      classification: z.string(),
      sourceLang: z.enum(LANGS),
      languages: z.record(
        z.string(),
        z.object({
          publishedVersion: z.number().int().nullable(),
          title: z.string().nullable(),
          outdated: z.boolean(),
          waiting: z.array(z.object({ version: z.number().int(), status: STATUS })),
        }),
      ),
    }),
  ),
  coverage: z.record(
    z.string(),
    z.object({ published: z.number().int(), outdated: z.number().int(), missing: z.number().int() }),
  ),
});
export const versionItem = z.object({
  lang: z.enum(LANGS),
  version: z.number().int(),
  status: STATUS,
  title: z.string(),
  sourceVersion: z.number().int().nullable(),
  minorChange: z.boolean(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
/** Null when the page has no text in that language yet. */
export const currentTextView = z
  .object({
    version: z.number().int(),
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    uncertain: z.string().nullable(),
  })
  .nullable();
