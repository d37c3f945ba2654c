import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { isoDate, personIdParams } from '../../core/field-schemas.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { REMOVAL_STATES } from '../../domain/removal/removal.ts';
import { REMOVAL_BARS } from '../../domain/procedure/non-refoulement.ts';
import * as service from './removal.service.ts';
import { carryOut } from './removal.execution.ts';
import { removalGuardOn } from './removal.guard.ts';
import { exportQuery, sendExport } from '../exports/exports.service.ts';
import { removalsExport } from './removal.export.ts';
import { endProtection, recordProtection } from './protections.service.ts';
import { protectionsView, removalList, removalView } from './removal.view.ts';
import {
  alternativeInput,
  appealInput,
  appealOutcomeInput,
  cancelInput,
  carryOutInput,
  notifyInput,
  orderInput,
  protectionInput,
  protectionView,
  removalIdParams,
  removalListView,
  removalPage,
} from './removal.schema.ts';

const tags = ['removal'];

export function removalRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);
  const step = <B>(
    path: string,
    summary: string,
    body: z.ZodType<B>,
    work: (ctx: Parameters<typeof service.notify>[0], id: string, body: B) => Promise<unknown>,
  ) =>
    r.post(
      `/api/v1/removals/:id/${path}`,
      {
        config: { permission: 'removals:manage', purpose: 'removal' },
        schema: { tags, summary, params: removalIdParams, body, response: { 200: removalPage } },
      },
      async (request) =>
        inUseCase(deps, request, async (ctx) => {
          await work(ctx, request.params.id, request.body as B);
          return removalView(ctx, request.params.id);
        }),
    );

  r.post(
    '/api/v1/removals',
    {
      config: { permission: 'removals:manage', purpose: 'removal' },
      schema: {
        tags,
        summary: 'Take a removal decision (refused while an LFIP Art. 55 protection is in force)',
        body: orderInput,
        response: { 201: removalPage },
      },
    },
    async (request, reply) => {
      const view = await inUseCase(deps, request, async (ctx) =>
        removalView(ctx, await service.orderRemoval(ctx, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/removals',
    {
      config: { permission: 'removals:read', purpose: 'removal' },
      schema: {
        tags,
        summary: 'Removal decisions of the directorate, or of one person',
        querystring: z.strictObject({
          personId: z.uuid().optional(),
          state: z.enum(REMOVAL_STATES).optional(),
          ...exportQuery,
        }),
        response: { 200: removalListView },
      },
    },
    async (request, reply) => {
      const { format, lang, ...query } = request.query;
      if (format) return sendExport(deps, request, reply, { format, lang }, removalsExport(query));
      return inUseCase(deps, request, (ctx) => removalList(ctx, query));
    },
  );

  r.get(
    '/api/v1/removals/:id',
    {
      config: { permission: 'removals:read', purpose: 'removal' },
      schema: {
        tags,
        summary: 'The removal case page: dates, bars to removal today, protections, detention clocks',
        params: removalIdParams,
        response: { 200: removalPage },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => removalView(ctx, request.params.id)),
  );

  step(
    'notification',
    'Record the notification: opens the 7-day appeal window (15 days before 24 Dec 2019)',
    notifyInput,
    service.notify,
  );
  step(
    'appeal',
    'Record an appeal to the administrative court (suspends removal; decided in 15 days)',
    appealInput,
    service.lodgeAppeal,
  );
  step(
    'appeal-outcome',
    "Record the court's decision on the appeal",
    appealOutcomeInput,
    service.recordAppealOutcome,
  );
  step('cancellation', 'Withdraw the decision', cancelInput, service.cancelRemoval);
  step(
    'carry-out',
    'Carry out the removal: refused with RULE_VIOLATION (and audited) while the person is protected or an appeal can still suspend it',
    carryOutInput,
    carryOut,
  );
  step(
    'alternatives',
    'Impose alternatives to detention (LFIP Art. 57/A)',
    z.strictObject({ alternatives: z.array(alternativeInput).min(1).max(7) }),
    (ctx, id, body) => service.imposeAlternatives(ctx, id, body.alternatives),
  );

  r.get(
    '/api/v1/persons/:id/removal-guard',
    {
      config: { permission: 'cases:read', purpose: 'procedure' },
      schema: {
        tags,
        summary:
          'Whether a removal could be carried out on a day (default today), on what is recorded now: every bar with its rule and last day. A question only: carrying out is judged on the day',
        params: personIdParams,
        querystring: z.strictObject({ on: isoDate.optional() }),
        response: {
          200: z.object({
            on: isoDate,
            mayBeRemoved: z.boolean(),
            bars: z.array(z.enum(REMOVAL_BARS)),
            mayBeCarriedOut: z.boolean(),
            barsOnDay: z.array(z.object({ bar: z.string(), rule: z.string(), lastDay: isoDate.nullable() })),
            removalId: z.uuid().nullable(),
            earliestDay: isoDate.nullable(),
          }),
        },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => removalGuardOn(ctx, request.params.id, request.query.on)),
  );

  r.get(
    '/api/v1/persons/:id/removal-protections',
    {
      config: { permission: 'removals:read', purpose: 'removal' },
      schema: {
        tags,
        summary: "A person's LFIP Art. 55 protections",
        params: personIdParams,
        response: { 200: z.array(protectionView) },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await loadPersonInScope(ctx, request.params.id, 'removal.protections');
        return protectionsView(ctx, request.params.id);
      }),
  );

  r.post(
    '/api/v1/persons/:id/removal-protections',
    {
      config: { permission: 'removals:manage', purpose: 'removal' },
      schema: {
        tags,
        summary:
          'Record an LFIP Art. 55 protection: no removal decision, and no removal, while it is in force',
        params: personIdParams,
        body: protectionInput,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) =>
        recordProtection(ctx, request.params.id, request.body),
      );
      return reply.status(201).send({ id });
    },
  );

  r.post(
    '/api/v1/removal-protections/:id/end',
    {
      config: { permission: 'removals:manage', purpose: 'removal' },
      schema: {
        tags,
        summary: 'End a protection (e.g. treatment completed)',
        params: removalIdParams,
        body: z.strictObject({ endedOn: isoDate }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) => endProtection(ctx, request.params.id, request.body.endedOn));
      return { ok: true as const };
    },
  );
}
