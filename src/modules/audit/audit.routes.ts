import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { auditEventView, auditQuery } from './audit.schema.ts';
import { listAuditEvents } from '../../core/audit-trail.ts';

export function auditRoutes(app: FastifyInstance, deps: RouteDeps): void {
  typed(app).get(
    '/api/v1/audit',
    {
      config: { permission: 'audit:read', purpose: 'oversight' },
      schema: {
        tags: ['audit'],
        summary: 'Audit events, newest first; filter by person to see who saw or changed their record',
        querystring: auditQuery,
        response: { 200: z.object({ events: z.array(auditEventView) }) },
      },
    },
    // Reading the audit of a person is itself a read of their data, and is audited.
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        const events = await listAuditEvents(ctx.trx, request.query);
        ctx.audit({
          action: 'audit.read',
          entityType: 'audit',
          personId: request.query.personId ?? null,
          details: { count: events.length },
        });
        return { events };
      }),
  );
}
