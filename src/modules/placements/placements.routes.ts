import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { isoDate, provinceCode, sex } from '../../core/field-schemas.ts';
import * as service from './placements.service.ts';
import * as waiting from './waiting-list.service.ts';
import { exportQuery, sendExport } from '../exports/exports.service.ts';
import { waitingListExport } from './waiting-list.export.ts';

const tags = ['placements'];
const idParams = z.strictObject({ id: z.uuid() });
const reason = z.string().trim().min(3).max(500);
const admissionResult = z.object({ admissionId: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

export function placementsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.post(
    '/api/v1/admissions',
    {
      config: { permission: 'placements:manage', purpose: 'accommodation' },
      schema: {
        tags,
        summary:
          'Admit one person or a family, together, to one unit (409 UNIT_FULL or UNIT_EXCLUDES_PERSON when it cannot take them)',
        body: z.strictObject({
          unitId: z.uuid(),
          personIds: z.array(z.uuid()).min(1).max(20),
          admittedOn: isoDate,
        }),
        response: { 201: admissionResult },
        errors: ['UNIT_FULL', 'UNIT_EXCLUDES_PERSON'],
      },
    },
    async (request, reply) => {
      const admissionId = await inUseCase(deps, request, (ctx) => service.admit(ctx, request.body));
      return reply.status(201).send({ admissionId });
    },
  );

  r.post(
    '/api/v1/transfers',
    {
      config: { permission: 'placements:manage', purpose: 'accommodation' },
      schema: {
        tags,
        summary: 'Move people to another unit or centre (a family moves whole)',
        body: z.strictObject({
          personIds: z.array(z.uuid()).min(1).max(20),
          toUnitId: z.uuid(),
          on: isoDate,
        }),
        response: { 200: admissionResult },
        errors: ['UNIT_FULL', 'UNIT_EXCLUDES_PERSON'],
      },
    },
    async (request) => ({
      admissionId: await inUseCase(deps, request, (ctx) => service.transfer(ctx, request.body)),
    }),
  );

  r.post(
    '/api/v1/placements/:id/absence',
    {
      config: { permission: 'placements:manage', purpose: 'accommodation' },
      schema: {
        tags,
        summary: 'Record a temporary absence (the bed stays held)',
        params: idParams,
        body: z.strictObject({ leftOn: isoDate, reason }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) => service.recordAbsence(ctx, request.params.id, request.body));
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/placements/:id/return',
    {
      config: { permission: 'placements:manage', purpose: 'accommodation' },
      schema: {
        tags,
        summary: 'Record the return from an absence',
        params: idParams,
        body: z.strictObject({ returnedOn: isoDate }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) => service.recordReturn(ctx, request.params.id, request.body));
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/placements/:id/discharge',
    {
      config: { permission: 'placements:manage', purpose: 'accommodation' },
      schema: {
        tags,
        summary: 'Discharge a resident and free the bed',
        params: idParams,
        body: z.strictObject({ on: isoDate, reason: z.enum(['discharged', 'released', 'removed']) }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) => service.discharge(ctx, request.params.id, request.body));
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/accommodation-requests',
    {
      config: { permission: 'accommodation:request', purpose: 'accommodation' },
      schema: {
        tags,
        summary: 'Put a person (and family) on the waiting list for a reception centre',
        body: z.strictObject({
          personId: z.uuid(),
          memberIds: z.array(z.uuid()).max(20).default([]),
          requestedOn: isoDate,
          provinceCode: provinceCode.nullish(),
        }),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) => waiting.requestAccommodation(ctx, request.body));
      return reply.status(201).send({ id });
    },
  );

  r.get(
    '/api/v1/accommodation-requests',
    {
      config: { permission: 'centres:read', purpose: 'accommodation' },
      schema: {
        tags,
        summary: 'The waiting list: persons with special needs first (LFIP Art. 67), then by date',
        querystring: z.strictObject({ provinceCode: z.string().optional(), ...exportQuery }),
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              personId: z.uuid(),
              memberIds: z.array(z.uuid()),
              name: z.string(),
              foreignerIdNumber: z.string(),
              fictional: z.boolean(),
              vulnerable: z.boolean(),
              requestedOn: z.string(),
              people: z.number().int(),
              members: z.array(
                z.object({
                  personId: z.uuid(),
                  name: z.string(),
                  sex,
                  dateOfBirth: z.string().nullable(),
                }),
              ),
            }),
          ),
        },
      },
    },
    async (request, reply) => {
      const { format, lang, provinceCode } = request.query;
      if (format) return sendExport(deps, request, reply, { format, lang }, waitingListExport(provinceCode));
      return inUseCase(deps, request, (ctx) => waiting.waitingList(ctx, provinceCode));
    },
  );

  r.post(
    '/api/v1/accommodation-requests/:id/withdraw',
    {
      config: { permission: 'accommodation:request', purpose: 'accommodation' },
      schema: {
        tags,
        summary: 'Take a request off the waiting list',
        params: idParams,
        body: z.strictObject({ on: isoDate }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) =>
        waiting.withdrawRequest(ctx, request.params.id, request.body.on),
      );
      return { ok: true as const };
    },
  );
}
