import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { isoDate } from '../../core/field-schemas.ts';

/** A year's holidays as entered by an administrator (API body and `koruma calendar set` file). */
export const holidayList = z
  .array(
    z.strictObject({
      date: isoDate,
      kind: z.enum(['full', 'half_day_eve']),
      name: z.string().trim().min(2).max(100),
      source: z.string().trim().min(2).max(300),
    }),
  )
  .max(40);
import * as service from './calendar.service.ts';

const tags = ['calendar'];
const yearParams = z.strictObject({ year: z.coerce.number().int().min(2014).max(2100) });
const holiday = z.object({
  date: z.string(),
  kind: z.enum(['full', 'half_day_eve']),
  name: z.string(),
  source: z.string(),
});
const yearView = z.object({
  year: z.number(),
  maintained: z.boolean(),
  confirmedBy: z.string().nullable(),
  holidays: z.array(holiday),
});

export function calendarRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.get(
    '/api/v1/calendar/:year',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags,
        summary: 'Public holidays of a year that legal periods are counted with',
        params: yearParams,
        response: { 200: yearView },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.yearView(ctx, request.params.year)),
  );

  r.put(
    '/api/v1/calendar/:year',
    {
      config: { permission: 'calendar:manage', purpose: 'administration' },
      schema: {
        tags,
        summary:
          "Enter a year's holidays (the moving feasts) and mark the year maintained; open clocks are counted again",
        params: yearParams,
        body: z.strictObject({ holidays: holidayList }),
        response: { 200: yearView.extend({ recountedClocks: z.number() }) },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => service.maintainYear(ctx, request.params.year, request.body)),
  );
}
