import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { isoDate, nationality, provinceCode } from '../../core/field-schemas.ts';
import { PERSON_DIMENSIONS } from '../../domain/statistics/dimensions.ts';
import { SMALL_CELL_THRESHOLD } from '../../domain/statistics/suppression.ts';
import { exportQuery, sendExport } from '../exports/exports.service.ts';
import * as service from './statistics.service.ts';
import { tableExport } from './statistics.export.ts';
import { procedureFigures, tableAnswer } from './statistics.schema.ts';

const filters = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  provinceCode: provinceCode.optional(),
  nationality: nationality.optional(),
};
const tableRoutes = {
  lodged: service.lodgedTable,
  decisions: service.decisionsTable,
  pending: service.pendingTable,
} as const;

const row = z.object({ provinceCode: z.string(), nationality: z.string(), persons: z.number().nullable() });

export function statisticsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const config = { permission: 'statistics:read' as const, purpose: 'statistics' };

  typed(app).get(
    '/api/v1/statistics/persons',
    {
      config,
      schema: {
        tags: ['statistics'],
        summary: 'Registered persons by two dimensions, small cells suppressed',
        querystring: z.strictObject({
          rows: z.enum(PERSON_DIMENSIONS).default('province'),
          columns: z.enum(PERSON_DIMENSIONS).default('sex'),
          ...filters,
          ...exportQuery,
        }),
        response: { 200: tableAnswer },
      },
    },
    async (request, reply) => {
      const { rows, columns, format, lang, ...rest } = request.query;
      const answer = await inUseCase(deps, request, (ctx) => service.personsTable(ctx, rows, columns, rest));
      if (format)
        return sendExport(deps, request, reply, { format, lang }, tableExport(answer, request.query, lang));
      return answer;
    },
  );

  for (const [name, build] of Object.entries(tableRoutes))
    typed(app).get(
      `/api/v1/statistics/procedure/${name}`,
      {
        config,
        schema: {
          tags: ['statistics'],
          summary: `Applications: ${name}, small cells suppressed`,
          querystring: z.strictObject({ ...filters, ...exportQuery }),
          response: { 200: tableAnswer },
        },
      },
      async (request, reply) => {
        const { format, lang, ...rest } = request.query;
        const answer = await inUseCase(deps, request, (ctx) => build(ctx, rest));
        if (format)
          return sendExport(deps, request, reply, { format, lang }, tableExport(answer, request.query, lang));
        return answer;
      },
    );

  typed(app).get(
    '/api/v1/statistics/procedure/figures',
    {
      config,
      schema: {
        tags: ['statistics'],
        summary: 'Recognition rate by nationality and median days from lodging to decision',
        querystring: z.strictObject(filters),
        response: { 200: procedureFigures },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.procedureFigures(ctx, request.query)),
  );

  typed(app).get(
    '/api/v1/statistics/registrations',
    {
      config: { permission: 'statistics:read', purpose: 'statistics' },
      schema: {
        tags: ['statistics'],
        summary: `Registered persons by province and nationality (fictional demo records excluded); cells under ${SMALL_CELL_THRESHOLD} suppressed`,
        response: {
          200: z.object({
            totalShown: z.number(),
            suppressedCells: z.number(),
            rows: z.array(row),
            smallCellThreshold: z.number(),
          }),
        },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.registrationsByProvinceAndNationality(ctx)),
  );
}
