import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { isoDate } from '../../core/field-schemas.ts';
import * as service from './care.service.ts';
import { board, residentView, visitsOfCentre } from './care.view.ts';
import { centreIdParams } from '../centres/centres.schema.ts';
import {
  boardView,
  referralInput,
  referralUpdate,
  refusalReportQuery,
  refusalView,
  residentPage,
  residentParams,
  serviceInput,
  visitDecision,
  visitInput,
  visitView,
} from './care.schema.ts';

const tags = ['centres'];
const created = z.object({ id: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

export function careRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.get(
    '/api/v1/centres/:id/residents/:personId',
    {
      config: { permission: 'centres:read', purpose: 'care' },
      schema: {
        tags,
        summary: 'The resident page: placements, services, visits, referrals, detention clocks, removal',
        params: residentParams,
        response: { 200: residentPage },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => residentView(ctx, request.params.id, request.params.personId)),
  );

  r.post(
    '/api/v1/centres/:id/residents/:personId/services',
    {
      config: { permission: 'services:record', purpose: 'care' },
      schema: {
        tags,
        summary: 'Log a service given to a resident (health care by health staff only)',
        params: residentParams,
        body: serviceInput,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) =>
        service.recordService(ctx, request.params.id, request.params.personId, request.body),
      );
      return reply.status(201).send({ id });
    },
  );

  r.post(
    '/api/v1/centres/:id/residents/:personId/child-referrals',
    {
      config: { permission: 'children:refer', purpose: 'care' },
      schema: {
        tags,
        summary: 'Refer a child to child-protection services (Ministry of Family and Social Services)',
        params: residentParams,
        body: referralInput,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) =>
        service.referChild(ctx, request.params.id, request.params.personId, request.body),
      );
      return reply.status(201).send({ id });
    },
  );

  r.post(
    '/api/v1/centres/:id/child-referrals/:referralId',
    {
      config: { permission: 'children:refer', purpose: 'care' },
      schema: {
        tags,
        summary: "Record the referral's progress",
        params: z.strictObject({ id: z.uuid(), referralId: z.uuid() }),
        body: referralUpdate,
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) =>
        service.updateReferral(ctx, request.params.id, request.params.referralId, request.body),
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/centres/:id/visits',
    {
      config: { permission: 'visits:manage', purpose: 'care' },
      schema: {
        tags,
        summary: 'Request a visit or meeting for a resident',
        params: z.strictObject({ id: z.uuid() }),
        body: visitInput,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) =>
        service.requestVisit(ctx, request.params.id, request.body),
      );
      return reply.status(201).send({ id });
    },
  );

  r.get(
    '/api/v1/centres/:id/visits',
    {
      config: { permission: 'centres:read', purpose: 'care' },
      schema: {
        tags,
        summary: "The centre's visit calendar between two days",
        params: z.strictObject({ id: z.uuid() }),
        querystring: z.strictObject({ from: isoDate, to: isoDate }),
        response: { 200: z.array(visitView) },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) =>
        visitsOfCentre(ctx, request.params.id, request.query.from, request.query.to),
      ),
  );

  r.post(
    '/api/v1/centres/:id/visits/:visitId/decision',
    {
      config: { permission: 'visits:manage', purpose: 'care' },
      schema: {
        tags,
        summary: 'Schedule, refuse (with a reason, always reported), mark held or cancel a visit',
        params: z.strictObject({ id: z.uuid(), visitId: z.uuid() }),
        body: visitDecision,
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) =>
        service.decideVisit(ctx, request.params.id, request.params.visitId, request.body),
      );
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/visit-refusals',
    {
      config: { permission: 'visits:report', purpose: 'oversight' },
      schema: {
        tags,
        summary: 'Every refused visit in a period (UNHCR sees the refusals of its own officials)',
        querystring: refusalReportQuery,
        response: { 200: z.array(refusalView) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.refusalReport(ctx, request.query)),
  );

  // The board is the centre's page, but it gathers care, placements and detention: it lives here,
  // above all of them.
  typed(app).get(
    '/api/v1/centres/:id/board',
    {
      config: { permission: 'centres:read', purpose: 'centres' },
      schema: {
        tags: ['centres'],
        summary:
          'The centre board: occupancy by unit, arrivals and departures today, visits today, detention reviews due, children to enrol or refer',
        params: centreIdParams,
        response: { 200: boardView },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => board(ctx, request.params.id)),
  );
}
