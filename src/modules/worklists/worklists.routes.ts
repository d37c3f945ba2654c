import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { WORKLISTS } from '../../domain/procedure/worklists.ts';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { provinceCode } from '../../core/field-schemas.ts';
import * as service from './worklists.service.ts';
import { exportQuery, sendExport } from '../exports/exports.service.ts';
import { worklistExport } from './worklists.export.ts';

const tags = ['worklists'];
const item = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  state: z.string(),
  procedure: z.string(),
  vulnerable: z.boolean(),
  dueOn: z.string().nullable(),
  daysLeft: z.number().nullable(),
  code: z.string().nullable(),
  flags: z.array(z.string()),
  principal: z.object({
    personId: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    foreignerIdNumber: z.string(),
    fictional: z.boolean(),
  }),
});

export function worklistsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.get(
    '/api/v1/worklists',
    {
      config: { permission: 'worklists:read', purpose: 'procedure' },
      schema: {
        tags,
        summary: 'How many cases wait on each worklist in the province',
        querystring: z.strictObject({ provinceCode: provinceCode.optional() }),
        response: {
          200: z.object({
            provinceCode: z.string(),
            today: z.string(),
            countCap: z.number(),
            lists: z.array(z.object({ list: z.enum(WORKLISTS), count: z.number() })),
          }),
        },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => service.worklistSummary(ctx, request.query.provinceCode)),
  );

  r.get(
    '/api/v1/worklists/:list',
    {
      config: { permission: 'worklists:read', purpose: 'procedure' },
      schema: {
        tags,
        summary: 'One worklist, applicants with special needs first, then by legal urgency',
        params: z.strictObject({ list: z.enum(WORKLISTS) }),
        querystring: z.strictObject({
          provinceCode: provinceCode.optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).max(100000).default(0),
          ...exportQuery,
        }),
        response: {
          200: z.object({
            list: z.enum(WORKLISTS),
            provinceCode: z.string(),
            today: z.string(),
            items: z.array(item),
          }),
        },
      },
    },
    async (request, reply) => {
      const { format, lang, ...query } = request.query;
      if (format)
        return sendExport(
          deps,
          request,
          reply,
          { format, lang },
          worklistExport(request.params.list, query.provinceCode),
        );
      return inUseCase(deps, request, (ctx) => service.worklist(ctx, request.params.list, query));
    },
  );
}
