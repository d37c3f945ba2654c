import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { TIME_LIMIT_RULES } from '../../domain/procedure/time-limits.ts';
import { inUseCase, mediaResponse, typed, type RouteDeps } from '../../http/route-kit.ts';
import * as service from './cases.service.ts';
import { caseView, printLetter } from './cases.view.ts';
import { assignableCaseworkers, listCasesOfPerson } from './cases.list.ts';
import {
  actionInput,
  caseIdParams,
  caseListItem,
  caseView as caseViewSchema,
  correctionInput,
  lodgeInput,
  timeLimitRuleView,
} from './cases.schema.ts';

const tags = ['cases'];

export function casesRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.post(
    '/api/v1/cases',
    {
      config: { permission: 'cases:lodge', purpose: 'procedure' },
      schema: {
        tags,
        summary: 'Lodge an application (the applicant and accompanying family members, decided together)',
        body: lodgeInput,
        response: { 201: caseViewSchema },
      },
    },
    async (request, reply) => {
      const view = await inUseCase(deps, request, async (ctx) =>
        caseView(ctx, await service.lodgeCase(ctx, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/cases',
    {
      config: { permission: 'cases:read', purpose: 'procedure' },
      schema: {
        tags,
        summary: "A person's cases",
        querystring: z.strictObject({ personId: z.uuid() }),
        response: { 200: z.array(caseListItem) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => listCasesOfPerson(ctx, request.query.personId)),
  );

  r.get(
    '/api/v1/cases/:id',
    {
      config: { permission: 'cases:read', purpose: 'procedure' },
      schema: {
        tags,
        summary: 'The case page: state, clocks, allowed actions, members, interviews, letters',
        params: caseIdParams,
        response: { 200: caseViewSchema },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => caseView(ctx, request.params.id)),
  );

  r.get(
    '/api/v1/cases/:id/caseworkers',
    {
      config: { permission: 'cases:act', purpose: 'procedure' },
      schema: {
        tags,
        summary: 'The caseworkers this case may be assigned to (active, of its province)',
        params: caseIdParams,
        response: { 200: z.array(z.object({ id: z.uuid(), displayName: z.string() })) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => assignableCaseworkers(ctx, request.params.id)),
  );

  r.post(
    '/api/v1/cases/:id/actions',
    {
      config: { permission: 'cases:act', purpose: 'procedure' },
      schema: {
        tags,
        summary:
          'Take one step of the procedure (refused with RULE_VIOLATION when the state machine forbids it)',
        params: caseIdParams,
        body: actionInput,
        response: { 200: caseViewSchema },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await service.performAction(ctx, request.params.id, request.body);
        return caseView(ctx, request.params.id);
      }),
  );

  r.post(
    '/api/v1/cases/:id/events/:eventId/corrections',
    {
      config: { permission: 'cases:act', purpose: 'procedure' },
      schema: {
        tags,
        summary: "Correct an event's date: a new event points at it and its clocks are counted again",
        params: z.strictObject({ id: z.uuid(), eventId: z.coerce.number().int().min(1) }),
        body: correctionInput,
        response: { 200: caseViewSchema },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await service.correctEventDate(ctx, request.params.id, request.params.eventId, request.body);
        return caseView(ctx, request.params.id);
      }),
  );

  r.get(
    '/api/v1/letters/:id',
    {
      config: { permission: 'cases:read', purpose: 'procedure' },
      schema: {
        tags,
        summary: 'A decision letter as served, printable (text/html)',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: mediaResponse('The letter as an HTML page to print', ['text/html']) },
      },
    },
    async (request, reply) => {
      const html = await inUseCase(deps, request, (ctx) => printLetter(ctx, request.params.id));
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(html);
    },
  );

  r.get(
    '/api/v1/time-limits',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags,
        summary: 'Every legal time limit of the procedure, with its article and effective dates',
        response: { 200: z.array(timeLimitRuleView).readonly() },
      },
    },
    () => Promise.resolve(TIME_LIMIT_RULES),
  );
}
