import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ORGANISATION_KINDS, REFERRAL_SERVICES, SHARING_PURPOSES } from '../../domain/sharing/boundary.ts';
import { inUseCase, typed, type RouteDeps } from '../../http/route-kit.ts';
import { isoDate, nationality, personIdParams } from '../../core/field-schemas.ts';
import { sharedPersonView } from './boundary.service.ts';
import * as referrals from './referrals.service.ts';
import { exportQuery, sendExport } from '../exports/exports.service.ts';
import { referralsExport } from './referrals.export.ts';
import * as service from './sharing.service.ts';
import * as repo from './sharing.repository.ts';
import {
  agreementRow,
  clientItem,
  consentItem,
  organisationItem,
  powerOfAttorneyItem,
  referralPage,
  referralSummary,
  sharedPersonView as sharedPersonSchema,
} from './sharing.schema.ts';

const tags = ['sharing'];
const idParams = z.strictObject({ id: z.uuid() });
const text = (max: number) => z.string().trim().min(2).max(max);
const created = z.object({ id: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

export function sharingRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = typed(app);
  const manage = { permission: 'organisations:manage' as const, purpose: 'sharing' };

  r.put(
    '/api/v1/organisations/:code',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Register or rename an organisation (UNHCR, a partner, a bar association, a resettlement state)',
        params: z.strictObject({ code: z.string().regex(/^[A-Z0-9-]{2,30}$/) }),
        body: z.strictObject({
          name: text(200),
          kind: z.enum(ORGANISATION_KINDS),
          country: nationality.nullish(),
        }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) =>
        service.saveOrganisation(ctx, { code: request.params.code, ...request.body }),
      );
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/organisations',
    {
      config: { permission: 'self', purpose: 'sharing' },
      schema: {
        tags,
        summary: 'Organisations (names and kinds only)',
        response: { 200: z.array(organisationItem) },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) =>
        (await repo.listOrganisations(ctx.trx)).map((o) => ({
          code: o.code,
          name: o.name,
          kind: o.kind,
          country: o.country,
        })),
      ),
  );

  r.post(
    '/api/v1/organisations/:code/agreements',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a data-sharing agreement: the fields an organisation may see for one purpose',
        params: z.strictObject({ code: z.string() }),
        body: z.strictObject({
          purpose: z.enum(SHARING_PURPOSES),
          fields: z.array(z.string()).min(1).max(20),
          reference: text(200),
          validFrom: isoDate,
          validTo: isoDate.nullish(),
        }),
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) =>
        service.addAgreement(ctx, request.params.code, request.body),
      );
      return reply.status(201).send({ id });
    },
  );

  r.get(
    '/api/v1/organisations/:code/agreements',
    {
      config: manage,
      schema: {
        tags,
        summary: "An organisation's agreements",
        params: z.strictObject({ code: z.string() }),
        response: { 200: z.array(agreementRow) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => repo.agreementsOf(ctx.trx, request.params.code)),
  );

  r.post(
    '/api/v1/persons/:id/consents',
    {
      config: { permission: 'consent:record', purpose: 'sharing' },
      schema: {
        tags,
        summary: "Record a person's consent to an organisation for one purpose, with its document",
        params: personIdParams,
        body: z.strictObject({
          organisationCode: z.string(),
          purpose: z.enum(SHARING_PURPOSES),
          givenOn: isoDate,
          document: text(300),
        }),
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) =>
        service.recordConsent(ctx, request.params.id, request.body),
      );
      return reply.status(201).send({ id });
    },
  );

  r.get(
    '/api/v1/persons/:id/consents',
    {
      config: { permission: 'persons:read', purpose: 'sharing' },
      schema: {
        tags,
        summary: "A person's consents",
        params: personIdParams,
        response: { 200: z.array(consentItem) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.consentsOfPerson(ctx, request.params.id)),
  );

  r.post(
    '/api/v1/consents/:id/withdrawal',
    {
      config: { permission: 'consent:record', purpose: 'sharing' },
      schema: {
        tags,
        summary: 'Record the withdrawal of a consent (honoured at once)',
        params: idParams,
        body: z.strictObject({ on: isoDate }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) =>
        service.withdrawConsent(ctx, request.params.id, request.body.on),
      );
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/persons/:id/powers-of-attorney',
    {
      config: { permission: 'poa:record', purpose: 'sharing' },
      schema: {
        tags,
        summary: 'Record a power of attorney given to a lawyer, with its document',
        params: personIdParams,
        body: z.strictObject({
          lawyerUsername: z.string(),
          documentReference: text(200),
          notary: text(200).nullish(),
          issuedOn: isoDate,
          validUntil: isoDate.nullish(),
        }),
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) =>
        service.recordPowerOfAttorney(ctx, request.params.id, request.body),
      );
      return reply.status(201).send({ id });
    },
  );

  r.get(
    '/api/v1/persons/:id/powers-of-attorney',
    {
      config: { permission: 'poa:record', purpose: 'sharing' },
      schema: {
        tags,
        summary: "A person's powers of attorney, with their documents and whether each is in force",
        params: personIdParams,
        response: { 200: z.array(powerOfAttorneyItem) },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => service.powersOfAttorneyOfPerson(ctx, request.params.id)),
  );

  r.post(
    '/api/v1/powers-of-attorney/:id/revocation',
    {
      config: { permission: 'poa:record', purpose: 'sharing' },
      schema: {
        tags,
        summary: 'Record that a power of attorney was revoked',
        params: idParams,
        body: z.strictObject({ on: isoDate }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await inUseCase(deps, request, (ctx) =>
        service.revokePowerOfAttorney(ctx, request.params.id, request.body.on),
      );
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/clients',
    {
      config: { permission: 'shared:read', purpose: 'legal_representation' },
      schema: {
        tags,
        summary: "A lawyer's clients (power of attorney in force)",
        response: { 200: z.array(clientItem) },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => service.myClients(ctx)),
  );

  r.get(
    '/api/v1/shared/persons/:id',
    {
      config: { permission: 'shared:read', purpose: 'sharing' },
      schema: {
        tags,
        summary:
          'A person as your organisation may see them for a purpose (403, audited, outside the boundary)',
        params: personIdParams,
        querystring: z.strictObject({ purpose: z.enum(SHARING_PURPOSES).default('legal_aid') }),
        response: { 200: sharedPersonSchema },
      },
    },
    async (request) =>
      inUseCase(deps, request, (ctx) => sharedPersonView(ctx, request.params.id, request.query.purpose)),
  );

  r.post(
    '/api/v1/referrals',
    {
      config: { permission: 'referrals:send', purpose: 'referral' },
      schema: {
        tags,
        summary:
          'Refer a person (or family) to an organisation for a service (each adult must have consented)',
        body: z.strictObject({
          personId: z.uuid(),
          memberIds: z.array(z.uuid()).max(20).default([]),
          toOrganisation: z.string(),
          service: z.enum(REFERRAL_SERVICES),
          sentOn: isoDate,
          note: text(2000).nullish(),
        }),
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await inUseCase(deps, request, (ctx) => referrals.sendReferral(ctx, request.body));
      return reply.status(201).send({ id });
    },
  );

  r.get(
    '/api/v1/referrals',
    {
      config: { permission: 'referrals:read', purpose: 'referral' },
      schema: {
        tags,
        summary: "Your organisation's referral inbox or outbox",
        querystring: z.strictObject({ box: z.enum(['inbox', 'outbox']).default('inbox'), ...exportQuery }),
        response: { 200: z.array(referralSummary) },
      },
    },
    async (request, reply) => {
      const { format, lang, box } = request.query;
      if (format) return sendExport(deps, request, reply, { format, lang }, referralsExport(box));
      return inUseCase(deps, request, (ctx) => referrals.referralList(ctx, box));
    },
  );

  r.get(
    '/api/v1/referrals/:id',
    {
      config: { permission: 'referrals:read', purpose: 'referral' },
      schema: {
        tags,
        summary: 'A referral, with the people as the receiver may see them',
        params: idParams,
        response: { 200: referralPage },
      },
    },
    async (request) => inUseCase(deps, request, (ctx) => referrals.referralView(ctx, request.params.id)),
  );

  r.post(
    '/api/v1/referrals/:id/response',
    {
      config: { permission: 'referrals:respond', purpose: 'referral' },
      schema: {
        tags,
        summary: 'Accept, decline (with a reason) or close (with the outcome) a referral received',
        params: idParams,
        body: z.strictObject({
          version: z.number().int().min(1),
          status: z.enum(['accepted', 'declined', 'closed']),
          on: isoDate,
          reason: z.string().max(2000).optional(),
          outcome: z.string().max(2000).optional(),
        }),
        response: { 200: referralPage },
      },
    },
    async (request) =>
      inUseCase(deps, request, async (ctx) => {
        await referrals.respond(ctx, request.params.id, request.body);
        return referrals.referralView(ctx, request.params.id);
      }),
  );
}
