import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ALTERNATIVE_KINDS,
  APPLICANT_DETENTION_GROUNDS,
  DETENTION_BASES,
  EXTENSION_REASONS,
  REMOVAL_DETENTION_GROUNDS,
  REVIEW_OUTCOMES,
} from '../../domain/detention/limits.ts';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { isoDate } from '../../core/field-schemas.ts';
import * as service from './detention.service.ts';
import { detentionsDueView, detentionPage } from './detention.view.ts';
import { detentionDueItem, detentionView } from './detention.schema.ts';

const tags = ['detention'];
const idParams = z.strictObject({ id: z.uuid() });
const version = z.number().int().min(1);
const alternative = z.strictObject({
  kind: z.enum(ALTERNATIVE_KINDS),
  startsOn: isoDate,
  endsOn: isoDate.nullish(),
  details: z.string().trim().min(1).max(1000).nullish(),
});

export function detentionRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);
  const config = { permission: 'detention:manage' as const, purpose: 'detention' };

  r.post(
    '/api/v1/detentions',
    {
      config,
      schema: {
        tags,
        summary:
          'Order administrative detention (Art. 57 for removal, at most 6 + 6 months; Art. 68 for an applicant, at most 30 days)',
        body: z.strictObject({
          personId: z.uuid(),
          basis: z.enum(DETENTION_BASES),
          grounds: z
            .array(z.enum([...REMOVAL_DETENTION_GROUNDS, ...APPLICANT_DETENTION_GROUNDS]))
            .min(1)
            .max(5),
          orderedAt: z.iso.datetime({ offset: true }),
        }),
        response: { 201: detentionView },
      },
    },
    async (request, reply) => {
      const view = await inUseCase(deps, request, async (ctx) =>
        detentionPage(ctx, await service.orderDetention(ctx, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/detentions/due',
    {
      config,
      schema: {
        tags,
        summary:
          'Worklist: monthly reviews, transfers and maximum dates falling due within 7 days (overdue first)',
        querystring: z.strictObject({ provinceCode: z.string().optional() }),
        response: { 200: z.array(detentionDueItem) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => detentionsDueView(ctx, request.query.provinceCode)),
  );

  r.get(
    '/api/v1/detentions/:id',
    {
      config,
      schema: {
        tags,
        summary: 'A detention with its clocks, reviews and challenges',
        params: idParams,
        response: { 200: detentionView },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => detentionPage(ctx, request.params.id)),
  );

  const step = <B>(
    path: string,
    summary: string,
    body: z.ZodType<B>,
    work: (ctx: Parameters<typeof service.review>[0], id: string, body: B) => Promise<unknown>,
  ) =>
    r.post(
      `/api/v1/detentions/:id/${path}`,
      { config, schema: { tags, summary, params: idParams, body, response: { 200: detentionView } } },
      async (request) =>
        inUseCase(deps, request, async (ctx) => {
          await work(ctx, request.params.id, request.body as B);
          return detentionPage(ctx, request.params.id);
        }),
    );

  step(
    'reviews',
    'Record the monthly review: continue, extend once (non-cooperation, at most 6 more months) or release',
    z.strictObject({
      version,
      reviewedOn: isoDate,
      outcome: z.enum(REVIEW_OUTCOMES),
      reasons: z.string().trim().min(3).max(2000),
      extendUntil: isoDate.optional(),
      extensionReason: z.enum(EXTENSION_REASONS).optional(),
      alternatives: z.array(alternative).max(7).optional(),
    }),
    service.review,
  );
  step(
    'release',
    'Release, with any alternatives to detention (Art. 57/A)',
    z.strictObject({
      version,
      releasedOn: isoDate,
      reason: z.string().trim().min(3).max(500),
      alternatives: z.array(alternative).max(7).default([]),
    }),
    service.release,
  );
  step(
    'challenges',
    'Record a challenge before the criminal judgeship of peace (decided within 5 days)',
    z.strictObject({ lodgedOn: isoDate }),
    service.lodgeChallenge,
  );

  r.post(
    '/api/v1/detentions/:id/challenges/:challengeId/decision',
    {
      config,
      schema: {
        tags,
        summary: "Record the judgeship's decision (a release order releases at once)",
        params: z.strictObject({ id: z.uuid(), challengeId: z.uuid() }),
        body: z.strictObject({ decidedOn: isoDate, outcome: z.enum(['release_ordered', 'rejected']) }),
        response: { 200: detentionView },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await service.decideChallenge(ctx, request.params.id, request.params.challengeId, request.body);
        return detentionPage(ctx, request.params.id);
      }),
  );
}
