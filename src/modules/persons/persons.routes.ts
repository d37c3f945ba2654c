import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inUseCase, mediaResponse, typed, type RouteDeps } from '../../http/route-kit.ts';
import { listAuditEvents } from '../../core/audit-trail.ts';
import { auditEventView } from '../audit/audit.schema.ts';
import * as photos from './photos.service.ts';
import * as needs from './needs.service.ts';
import * as service from './persons.service.ts';
import * as matches from './matches.service.ts';
import {
  matchInput,
  matchResponse,
  personChanges,
  personInput,
  personSummary,
  personView,
  searchQuery,
} from './persons.schema.ts';
import { personIdParams, specificNeedCode } from '../../core/field-schemas.ts';

const tags = ['persons'];

export function personsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.post(
    '/api/v1/persons/matches',
    {
      // National by design (see findMatches), so only for those who register people.
      config: { permission: 'persons:register', purpose: 'duplicate_check' },
      schema: {
        tags,
        summary: 'Likely duplicates of a person about to be registered',
        body: matchInput,
        response: { 200: matchResponse },
      },
    },
    async (request) => ({
      candidates: await inUseCase(deps, request, (ctx) => matches.checkForDuplicates(ctx, request.body)),
    }),
  );

  r.post(
    '/api/v1/persons',
    {
      config: { permission: 'persons:register', purpose: 'registration' },
      schema: {
        tags,
        summary: 'Register a person (duplicate check, ID number, audit)',
        body: personInput,
        response: { 201: personView },
        errors: ['POSSIBLE_DUPLICATE'],
      },
    },
    async (request, reply) => {
      const view = await inUseCase(deps, request, async (ctx) =>
        service.viewOfNewPerson(await service.registerPerson(ctx, request.body), request.body.specificNeeds),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/persons',
    {
      config: { permission: 'persons:search', purpose: 'search' },
      schema: {
        tags,
        summary: 'Search by ID number, document number, phone, name or date of birth',
        querystring: searchQuery,
        response: { 200: z.object({ results: z.array(personSummary) }) },
      },
    },
    async (request) => ({
      results: await inUseCase(deps, request, (ctx) => service.searchPersons(ctx, request.query)),
    }),
  );

  r.get(
    '/api/v1/persons/:id',
    {
      config: { permission: 'persons:read', purpose: 'case_management' },
      schema: {
        tags,
        summary: 'A person with household, documents and specific needs (audited)',
        params: personIdParams,
        response: { 200: personView },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.readPerson(ctx, request.params.id)),
  );

  r.patch(
    '/api/v1/persons/:id',
    {
      config: { permission: 'persons:update', purpose: 'case_management' },
      schema: {
        tags,
        summary: 'Change contact, address, languages or original-script names',
        params: personIdParams,
        body: personChanges,
        response: { 200: personView },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) =>
        service.viewAfterWrite(ctx, await service.updatePerson(ctx, request.params.id, request.body)),
      ),
  );

  r.post(
    '/api/v1/persons/:id/specific-needs',
    {
      config: { permission: 'needs:record', purpose: 'vulnerability_screening' },
      schema: {
        tags,
        summary: 'Record a specific need',
        params: personIdParams,
        body: z.strictObject({ code: specificNeedCode, note: z.string().trim().max(500).nullish() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await inUseCase(deps, request, (ctx) =>
        needs.addSpecificNeed(ctx, request.params.id, request.body.code, request.body.note ?? null),
      );
      return reply.status(204).send(null);
    },
  );

  r.delete(
    '/api/v1/persons/:id/specific-needs/:code',
    {
      config: { permission: 'needs:record', purpose: 'vulnerability_screening' },
      schema: {
        tags,
        summary: 'Remove a specific need (kept in history)',
        params: z.strictObject({ id: z.uuid(), code: specificNeedCode }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await inUseCase(deps, request, (ctx) =>
        needs.removeSpecificNeed(ctx, request.params.id, request.params.code),
      );
      return reply.status(204).send(null);
    },
  );

  r.put(
    '/api/v1/persons/:id/photo',
    {
      config: { permission: 'persons:update', purpose: 'registration' },
      schema: {
        tags,
        summary: 'Set the photograph (JPEG or PNG, at most 512 KB, base64)',
        params: personIdParams,
        body: z.strictObject({
          imageBase64: z.base64().max(Math.ceil((photos.MAX_PHOTO_BYTES * 4) / 3) + 4),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await inUseCase(deps, request, (ctx) =>
        photos.setPhoto(ctx, request.params.id, request.body.imageBase64),
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/v1/persons/:id/photo',
    {
      config: { permission: 'persons:read', purpose: 'case_management' },
      schema: {
        tags,
        summary: 'The photograph (audited)',
        params: personIdParams,
        response: { 200: mediaResponse('The image', ['image/jpeg', 'image/png'], true) },
      },
    },
    async (request, reply) => {
      const photo = await inUseCase(deps, request, (ctx) => photos.getPhoto(ctx, request.params.id));
      return reply
        .type(photo.contentType)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(photo.data));
    },
  );

  r.get(
    '/api/v1/persons/:id/history',
    {
      config: { permission: 'persons:read', purpose: 'case_management' },
      schema: {
        tags,
        summary: 'Timeline of a person: changes for everyone in scope; reads too for administrators',
        params: personIdParams,
        response: { 200: z.object({ events: z.array(auditEventView) }) },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await service.loadPersonInScope(ctx, request.params.id, 'person.history');
        ctx.audit({
          action: 'person.history',
          entityType: 'person',
          entityId: request.params.id,
          personId: request.params.id,
        });
        const events = await listAuditEvents(ctx.trx, { personId: request.params.id, limit: 200 });
        const seesReads = ctx.actor?.role === 'administrator';
        return {
          events: events.filter((e) => seesReads || !/\.(read|search|listed|print|history)$/.test(e.action)),
        };
      }),
  );
}
