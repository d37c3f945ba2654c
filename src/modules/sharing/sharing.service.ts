// Organisations, their data-sharing agreements (administrators), the consent of the people
// concerned, and powers of attorney given to lawyers.
import {
  SHAREABLE_FIELDS,
  type OrganisationKind,
  type SharingPurpose,
} from '../../domain/sharing/boundary.ts';
import { notInFuture } from '../../core/dates.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { conflict, invalid, notFound } from '../../core/errors.ts';
import { userByUsername } from '../access/users.service.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { isOrganisationUser, outside, reachesForAnyPurpose } from './boundary.service.ts';
import * as repo from './sharing.repository.ts';

export async function saveOrganisation(
  ctx: UseCaseContext,
  input: { code: string; name: string; kind: OrganisationKind; country?: string | null | undefined },
) {
  await repo.upsertOrganisation(ctx.trx, {
    code: input.code,
    name: input.name,
    kind: input.kind,
    country: input.country ?? null,
  });
  ctx.audit({
    action: 'organisation.save',
    entityType: 'organisation',
    entityId: input.code,
    details: { kind: input.kind },
  });
}

export async function addAgreement(
  ctx: UseCaseContext,
  code: string,
  input: {
    purpose: SharingPurpose;
    fields: string[];
    reference: string;
    validFrom: string;
    validTo?: string | null | undefined;
  },
) {
  const actor = requireActor(ctx);
  if (!(await repo.findOrganisation(ctx.trx, code))) throw notFound('Organisation');
  const unknown = input.fields.findIndex((f) => !(SHAREABLE_FIELDS as readonly string[]).includes(f));
  if (unknown >= 0)
    throw invalid([
      { field: `fields[${unknown}]`, message: 'is not a shareable field', code: 'unknown_field' },
    ]);
  const { id } = await repo.insertAgreement(ctx.trx, {
    organisation_code: code,
    purpose: input.purpose,
    fields: [...new Set(input.fields)],
    reference: input.reference,
    valid_from: input.validFrom,
    valid_to: input.validTo ?? null,
    created_by: actor.userId,
  });
  ctx.audit({
    action: 'agreement.add',
    entityType: 'sharing_agreement',
    entityId: id,
    details: { organisation: code, purpose: input.purpose, fields: input.fields },
  });
  return id;
}

/**
 * The authority records consent for people in its scope; an organisation may record it only for
 * someone already shared with it (when it refers them on).
 */
async function mayRecordFor(ctx: UseCaseContext, personId: string, action: string) {
  const actor = requireActor(ctx);
  if (!isOrganisationUser(actor)) return loadPersonInScope(ctx, personId, action);
  if (await reachesForAnyPurpose(ctx, actor, personId)) return null;
  throw outside('person', personId, action, 'not_shared');
}

export async function recordConsent(
  ctx: UseCaseContext,
  personId: string,
  input: { organisationCode: string; purpose: SharingPurpose; givenOn: string; document: string },
) {
  const actor = requireActor(ctx);
  notInFuture(input.givenOn, ctx.today, 'givenOn');
  await mayRecordFor(ctx, personId, 'consent.record');
  if (!(await repo.findOrganisation(ctx.trx, input.organisationCode)))
    throw invalid([
      { field: 'organisationCode', message: 'no such organisation', code: 'unknown_organisation' },
    ]);
  const { id } = await repo.insertConsent(ctx.trx, {
    person_id: personId,
    organisation_code: input.organisationCode,
    purpose: input.purpose,
    given_on: input.givenOn,
    document: input.document,
    recorded_by: actor.userId,
  });
  ctx.audit({
    action: 'consent.record',
    entityType: 'consent',
    entityId: id,
    personId,
    details: { organisation: input.organisationCode, purpose: input.purpose },
  });
  return id;
}

/** Withdrawal is honoured from that day: reads for the purpose are refused at once. */
export async function withdrawConsent(ctx: UseCaseContext, consentId: string, on: string) {
  notInFuture(on, ctx.today, 'on');
  const consent = await repo.findConsent(ctx.trx, consentId);
  if (!consent) throw notFound('Consent');
  await mayRecordFor(ctx, consent.person_id, 'consent.withdraw');
  if (consent.withdrawn_on) throw conflict('The consent has been withdrawn already');
  if (on < consent.given_on) throw invalid([{ field: 'on', message: 'is before the consent was given' }]);
  await repo.withdrawConsent(ctx.trx, consentId, on);
  ctx.audit({
    action: 'consent.withdraw',
    entityType: 'consent',
    entityId: consentId,
    personId: consent.person_id,
    details: { organisation: consent.organisation_code, purpose: consent.purpose },
  });
}

export async function consentsOfPerson(ctx: UseCaseContext, personId: string) {
  await loadPersonInScope(ctx, personId, 'consent.list');
  return (await repo.consentsOf(ctx.trx, personId)).map((c) => ({
    id: c.id,
    organisationCode: c.organisation_code,
    purpose: c.purpose,
    givenOn: c.given_on,
    document: c.document,
    withdrawnOn: c.withdrawn_on,
  }));
}

export async function recordPowerOfAttorney(
  ctx: UseCaseContext,
  personId: string,
  input: {
    lawyerUsername: string;
    documentReference: string;
    notary?: string | null | undefined;
    issuedOn: string;
    validUntil?: string | null | undefined;
  },
) {
  const actor = requireActor(ctx);
  notInFuture(input.issuedOn, ctx.today, 'issuedOn');
  await loadPersonInScope(ctx, personId, 'poa.record');
  const lawyer = await findUserByUsernameActive(ctx, input.lawyerUsername);
  const { id } = await repo.insertPowerOfAttorney(ctx.trx, {
    person_id: personId,
    lawyer_user_id: lawyer.id,
    document_reference: input.documentReference,
    notary: input.notary ?? null,
    issued_on: input.issuedOn,
    valid_until: input.validUntil ?? null,
    recorded_by: actor.userId,
  });
  ctx.audit({
    action: 'poa.record',
    entityType: 'power_of_attorney',
    entityId: id,
    personId,
    details: { lawyer: lawyer.username },
  });
  return id;
}

async function findUserByUsernameActive(ctx: UseCaseContext, username: string) {
  const user = await userByUsername(ctx, username);
  if (!user || user.role !== 'lawyer' || !user.active)
    throw invalid([
      { field: 'lawyerUsername', message: 'is not an active lawyer account', code: 'not_a_lawyer' },
    ]);
  return user;
}

export async function revokePowerOfAttorney(ctx: UseCaseContext, id: string, on: string) {
  notInFuture(on, ctx.today, 'on');
  const poa = await repo.findPowerOfAttorney(ctx.trx, id);
  if (!poa) throw notFound('Power of attorney');
  await loadPersonInScope(ctx, poa.person_id, 'poa.revoke');
  await repo.revokePowerOfAttorney(ctx.trx, id, on);
  ctx.audit({ action: 'poa.revoke', entityType: 'power_of_attorney', entityId: id, personId: poa.person_id });
}

/** A lawyer's clients: those whose power of attorney is in force. */
export async function myClients(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const rows = await repo.clientsOf(ctx.trx, actor.userId, ctx.today);
  for (const r of rows)
    ctx.audit({
      action: 'poa.client_list',
      entityType: 'person',
      entityId: r.person_id,
      personId: r.person_id,
    });
  return rows.map((r) => ({
    personId: r.person_id,
    name: `${r.given_name} ${r.family_name}`,
    fictional: r.fictional,
    documentReference: r.document_reference,
    validUntil: r.valid_until,
  }));
}

export async function powersOfAttorneyOfPerson(ctx: UseCaseContext, personId: string) {
  await loadPersonInScope(ctx, personId, 'poa.list');
  return (await repo.powersOfAttorneyOf(ctx.trx, personId)).map((a) => ({
    id: a.id,
    lawyerUsername: a.username,
    lawyerName: a.display_name,
    documentReference: a.document_reference,
    notary: a.notary,
    issuedOn: a.issued_on,
    validUntil: a.valid_until,
    revokedOn: a.revoked_on,
    inForce:
      a.issued_on <= ctx.today &&
      (a.valid_until === null || ctx.today <= a.valid_until) &&
      (a.revoked_on === null || ctx.today < a.revoked_on),
  }));
}
