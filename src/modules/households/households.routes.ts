import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { RELATIONSHIPS } from '../../domain/reference/relationships.ts';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { householdMemberView, personInput } from '../persons/persons.schema.ts';
import * as service from './households.service.ts';

const tags = ['households'];
const memberRelationship = z.enum(RELATIONSHIPS).exclude(['principal']);
const memberRef = z.union([z.strictObject({ person: personInput }), z.strictObject({ personId: z.uuid() })]);
const householdView = z.object({
  id: z.uuid(),
  principalPersonId: z.uuid(),
  createdAt: z.string(),
  members: z.array(householdMemberView),
  /** Members outside the reader's scope: counted, never shown. */
  hiddenMembers: z.number(),
});
const householdParams = z.strictObject({ id: z.uuid() });

export function householdsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);

  r.post(
    '/api/v1/households',
    {
      config: { permission: 'households:manage', purpose: 'registration' },
      schema: {
        tags,
        summary: 'Register a household: new or existing people, one transaction',
        body: z.strictObject({
          principal: memberRef,
          members: z
            .array(
              z.union([
                z.strictObject({ person: personInput, relationship: memberRelationship }),
                z.strictObject({ personId: z.uuid(), relationship: memberRelationship }),
              ]),
            )
            .max(30)
            .default([]),
        }),
        response: { 201: householdView },
        // Members given as new persons are registered with the duplicate check.
        errors: ['POSSIBLE_DUPLICATE'],
      },
    },
    async (request, reply) => {
      const view = await inUseCase(deps, request, async (ctx) => {
        const id = await service.registerHousehold(ctx, request.body);
        return service.readHousehold(ctx, id);
      });
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/households/:id',
    {
      config: { permission: 'persons:read', purpose: 'case_management' },
      schema: { tags, summary: 'Current members', params: householdParams, response: { 200: householdView } },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.readHousehold(ctx, request.params.id)),
  );

  r.post(
    '/api/v1/households/:id/members',
    {
      config: { permission: 'households:manage', purpose: 'registration' },
      schema: {
        tags,
        summary:
          'Move an existing person into this household (their previous membership is closed, kept as history)',
        params: householdParams,
        body: z.strictObject({ personId: z.uuid(), relationship: memberRelationship }),
        response: { 200: householdView },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await service.addMember(ctx, request.params.id, request.body.personId, request.body.relationship);
        return service.readHousehold(ctx, request.params.id);
      }),
  );

  r.delete(
    '/api/v1/households/:id/members/:personId',
    {
      config: { permission: 'households:manage', purpose: 'registration' },
      schema: {
        tags,
        summary: 'A member leaves the household (kept as history)',
        params: z.strictObject({ id: z.uuid(), personId: z.uuid() }),
        body: z.strictObject({ reason: z.string().trim().min(3).max(500) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await inUseCase(deps, request, (ctx) =>
        service.removeMember(ctx, request.params.id, request.params.personId, request.body.reason),
      );
      return reply.status(204).send(null);
    },
  );
}
