// Response schemas of the detention module, which are also its OpenAPI description.
import { z } from 'zod';
import { ALTERNATIVE_KINDS, DETENTION_BASES, REVIEW_OUTCOMES } from '../../domain/detention/limits.ts';

const day = z.string();
const instant = z.string();

export const alternativeView = z.object({
  id: z.uuid(),
  kind: z.enum(ALTERNATIVE_KINDS),
  startsOn: day,
  endsOn: day.nullable(),
  details: z.string().nullable(),
  detentionId: z.uuid().nullable(),
  removalId: z.uuid().nullable(),
});

export const detentionView = z.object({
  id: z.uuid(),
  reference: z.string(),
  personId: z.uuid(),
  basis: z.enum(DETENTION_BASES),
  grounds: z.array(z.string()),
  removalId: z.uuid().nullable(),
  orderedAt: instant,
  state: z.enum(['detained', 'released']),
  centreId: z.uuid().nullable(),
  transferredAt: instant.nullable(),
  initialUntil: day,
  extendedUntil: day.nullable(),
  extensionLimit: day.nullable(),
  extensionReason: z.string().nullable(),
  nextReviewDue: day.nullable(),
  releasedOn: day.nullable(),
  releaseReason: z.string().nullable(),
  version: z.number().int(),
  clocks: z.array(
    z.object({
      code: z.enum(['T15', 'T16-review', 'T16-initial', 'T16-extension', 'T17', 'T18']),
      lastDay: z.string().describe('A date, or for the 48-hour transfer (T15) an instant'),
      status: z.enum(['open', 'met', 'overdue']),
    }),
  ),
  reviews: z.array(
    z.object({
      id: z.uuid(),
      reviewedOn: day,
      outcome: z.enum(REVIEW_OUTCOMES),
      reasons: z.string(),
      late: z.boolean(),
      reviewer: z.string().nullable(),
    }),
  ),
  challenges: z.array(
    z.object({
      id: z.uuid(),
      lodgedOn: day,
      decisionDue: day,
      decidedOn: day.nullable(),
      outcome: z.enum(['release_ordered', 'rejected']).nullable(),
    }),
  ),
});

export const detentionDueItem = z.object({
  detentionId: z.uuid(),
  reference: z.string(),
  personId: z.uuid(),
  name: z.string(),
  fictional: z.boolean(),
  basis: z.enum(DETENTION_BASES),
  nextReviewDue: day,
  mustEndBy: day,
  transferDueAt: instant.nullable(),
  reviewOverdue: z.boolean(),
  pastMaximum: z.boolean(),
  transferOverdue: z.boolean(),
});
