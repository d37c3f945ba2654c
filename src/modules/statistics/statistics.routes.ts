import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';

// Counts below this are shown as null ("fewer than 5"): a small cell (one Eritrean in a
// small province) identifies a person as surely as a name does.
export const SMALL_CELL = 5;

const row = z.object({ provinceCode: z.string(), nationality: z.string(), persons: z.number().nullable() });

export function statisticsRoutes(app: FastifyInstance, deps: RouteDeps): void {
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
