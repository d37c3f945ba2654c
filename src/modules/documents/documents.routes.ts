import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../domain/reference/document-types.ts';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { documentView, personSummary } from '../persons/persons.schema.ts';
import { isoDate, personIdParams } from '../../core/field-schemas.ts';
import * as service from './documents.service.ts';

const tags = ['documents'];
const documentParams = z.strictObject({ documentId: z.uuid() });
const reasonBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

export function documentsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.post(
    '/api/v1/persons/:id/documents',
    {
      config: { permission: 'documents:issue', purpose: 'documentation' },
      schema: {
        tags,
        summary: 'Issue an identity document (at most one valid of each type)',
        params: personIdParams,
        body: z.strictObject({ type: z.enum(DOCUMENT_TYPES), issuedOn: isoDate.optional() }),
        response: { 201: documentView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inUseCase(deps, request, (ctx) =>
            service.issueDocument(ctx, request.params.id, request.body),
          ),
        ),
  );

  r.post(
    '/api/v1/documents/:documentId/renew',
    {
      config: { permission: 'documents:manage', purpose: 'documentation' },
      schema: {
        tags,
        summary: 'Renew for one more period',
        params: documentParams,
        response: { 200: documentView },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => service.renewDocument(ctx, request.params.documentId)),
  );

  r.post(
    '/api/v1/documents/:documentId/loss',
    {
      config: { permission: 'documents:manage', purpose: 'documentation' },
      schema: {
        tags,
        summary: 'Report a document lost',
        params: documentParams,
        body: reasonBody,
        response: { 200: documentView },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) =>
        service.endDocument(ctx, request.params.documentId, 'lost', request.body.reason),
      ),
  );

  r.post(
    '/api/v1/documents/:documentId/revocation',
    {
      config: { permission: 'documents:manage', purpose: 'documentation' },
      schema: {
        tags,
        summary: 'Revoke a document',
        params: documentParams,
        body: reasonBody,
        response: { 200: documentView },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) =>
        service.endDocument(ctx, request.params.documentId, 'revoked', request.body.reason),
      ),
  );

  r.get(
    '/api/v1/documents/:documentId/card',
    {
      config: { permission: 'documents:issue', purpose: 'documentation' },
      schema: {
        tags,
        summary: 'Printable identity card data with a QR code (audited)',
        params: documentParams,
        response: {
          200: z.object({
            person: personSummary,
            document: documentView,
            qrPayload: z.string(),
            qrSvg: z.string(),
          }),
        },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.cardFor(ctx, request.params.documentId)),
  );
}
