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
