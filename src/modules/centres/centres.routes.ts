import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import * as service from './centres.service.ts';
import {
  centreIdParams,
  centreInput,
  centreSummary,
  centreView,
  occupancyQuery,
  occupancyView,
  unitChanges,
  unitInput,
} from './centres.schema.ts';

const tags = ['centres'];

export function centresRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.post(
    '/api/v1/centres',
    {
      config: { permission: 'centres:manage', purpose: 'centres' },
      schema: {
        tags,
        summary: 'Register a centre with its units',
        body: centreInput,
        response: { 201: centreView },
      },
    },
    async (request, reply) => {
      const view = await inUseCase(deps, request, async (ctx) =>
        service.centreView(ctx, await service.createCentre(ctx, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/centres',
    {
      config: { permission: 'centres:read', purpose: 'centres' },
      schema: {
        tags,
        summary: 'The centres within your scope, with beds and occupancy',
        querystring: z.strictObject({ provinceCode: z.string().optional() }),
        response: { 200: z.array(centreSummary) },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => service.listCentres(ctx, request.query.provinceCode)),
  );

  r.get(
    '/api/v1/centres/:id',
    {
      config: { permission: 'centres:read', purpose: 'centres' },
      schema: {
        tags,
        summary: 'A centre and its units',
        params: centreIdParams,
        response: { 200: centreView },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.centreView(ctx, request.params.id)),
  );

  r.post(
    '/api/v1/centres/:id/units',
    {
      config: { permission: 'centres:manage', purpose: 'centres' },
      schema: {
        tags,
        summary: 'Add a unit',
        params: centreIdParams,
        body: unitInput,
        response: { 201: centreView },
      },
    },
    async (request, reply) => {
      const view = await inUseCase(deps, request, async (ctx) => {
        await service.addUnit(ctx, request.params.id, request.body);
        return service.centreView(ctx, request.params.id);
      });
      return reply.status(201).send(view);
    },
  );

  r.patch(
    '/api/v1/centres/:id/units/:unitId',
    {
      config: { permission: 'centres:manage', purpose: 'centres' },
      schema: {
        tags,
        summary: "Change a unit's capacity or close it (never below the beds in use)",
        params: z.strictObject({ id: z.uuid(), unitId: z.uuid() }),
        body: unitChanges,
        response: { 200: centreView },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await service.changeUnit(ctx, request.params.id, request.params.unitId, request.body);
        return service.centreView(ctx, request.params.id);
      }),
  );

  r.get(
    '/api/v1/centres/:id/occupancy',
    {
      config: { permission: 'centres:read', purpose: 'centres' },
      schema: {
        tags,
        summary: 'Occupancy per day and unit over a period (at most a year)',
        params: centreIdParams,
        querystring: occupancyQuery,
        response: { 200: occupancyView },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) =>
        service.occupancy(ctx, request.params.id, request.query.from, request.query.to),
      ),
  );
}
