import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { isoDate, nationality, provinceCode } from '../../core/field-schemas.ts';
import { PERSON_DIMENSIONS } from '../../domain/statistics/dimensions.ts';
import { exportQuery, sendExport } from '../exports/exports.service.ts';
import * as service from './statistics.service.ts';
import { tableExport } from './statistics.export.ts';

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

// Counts below this are shown as null ("fewer than 5"): a small cell (one Eritrean in a
// small province) identifies a person as surely as a name does.
export const SMALL_CELL = 5;

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
        summary: `Registered persons by province and nationality (fictional demo records excluded); cells under ${SMALL_CELL} suppressed`,
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
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        const { rows } = await sql<{ province_code: string; nationality: string; n: number }>`
          select province_code, nationality, count(*)::int as n
          from person where not fictional
          group by province_code, nationality order by province_code, n desc`.execute(ctx.trx);
        ctx.audit({
          action: 'statistics.read',
          entityType: 'statistics',
          details: { report: 'registrations' },
        });
        // The total covers the shown cells only: a grand total would give away the sum of the
        // hidden ones (and, with one hidden cell, its exact count).
        const shown = rows.filter((r) => r.n >= SMALL_CELL);
        return {
          totalShown: shown.reduce((sum, r) => sum + r.n, 0),
          suppressedCells: rows.length - shown.length,
          rows: rows.map((r) => ({
            provinceCode: r.province_code,
            nationality: r.nationality,
            persons: r.n < SMALL_CELL ? null : r.n,
          })),
          smallCellThreshold: SMALL_CELL,
        };
      }),
  );
}
