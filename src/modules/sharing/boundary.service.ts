// Every read of a person by UNHCR, a partner or a lawyer passes here. Outside the boundary the
// answer is the same 403 whether or not the record exists, and the attempt is audited. (Staff
// outside their scope get 404 instead, the answer for a missing record: `AccessDenied`.)
import {
  boundary,
  isReferralService,
  LAWYER_FIELDS,
  project,
  SHARING_PURPOSES,
  type ShareableField,
  type SharingPurpose,
} from '../../domain/sharing/boundary.ts';
import { ROLE_SCOPE, type Actor } from '../../domain/access.ts';
import { ageOn } from '../../domain/calendar.ts';
import { AuditedRefusal, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { currentNeedsOf, personRecord } from '../persons/records.service.ts';
import { casesOfPersons } from '../cases/records.service.ts';
import * as repo from './sharing.repository.ts';

export const OUTSIDE = 'This record is not shared with your organisation';

/** Refuses an organisation's user, saying nothing about whether the record exists. */
export function outside(entityType: string, entityId: string, action: string, reason: string) {
  return new AuditedRefusal({ action, entityType, entityId, details: { reason } }, OUTSIDE);
}

export function isOrganisationUser(actor: Actor): boolean {
  return ROLE_SCOPE[actor.role] === 'organisation';
}

/** Every shareable field of a person, before any projection. */
export async function fullShareableRecord(ctx: UseCaseContext, personId: string) {
  const person = await personRecord(ctx, personId);
  if (!person) return null;
  const [needs, cases] = await Promise.all([currentNeedsOf(ctx, personId), casesOfPersons(ctx, [personId])]);
  const open =
    cases.find((c) => !['rejected_final', 'withdrawn', 'status_ended', 'tp_ended'].includes(c.state)) ??
    cases[0];
  const record: Record<ShareableField, unknown> = {
    name: `${person.given_name} ${person.family_name}`,
    name_original:
      [person.given_name_original, person.family_name_original].filter(Boolean).join(' ') || null,
    foreigner_id_number: person.foreigner_id_number,
    date_of_birth: person.date_of_birth,
    sex: person.sex,
    nationality: person.nationality,
    languages: person.languages,
    phone: person.phone,
    email: person.email,
    address: { provinceCode: person.province_code, district: person.district },
    specific_needs: needs.map((n) => n.code),
    protection_status: open ? { track: open.track, state: open.state, reference: open.reference } : null,
  };
  return { person, record };
}

/** The fields this organisation user may see of the person for the purpose, or why not. */
export async function fieldsFor(
  ctx: UseCaseContext,
  actor: Actor,
  personId: string,
  purpose: SharingPurpose,
) {
  if (actor.role === 'lawyer') {
    const poa = await repo.powerOfAttorneyInForce(ctx.trx, personId, actor.userId, ctx.today);
    return poa
      ? { allowed: true as const, fields: [...LAWYER_FIELDS] }
      : { allowed: false as const, reason: 'no_power_of_attorney' };
  }
  const org = actor.organisation ?? '';
  const shared =
    purpose === 'resettlement'
      ? (await repo.inResettlementCaseOf(ctx.trx, personId, org)) !== undefined
      : isReferralService(purpose) && (await repo.referredTo(ctx.trx, personId, org, purpose)) !== undefined;
  const [consentInForce, agreement] = await Promise.all([
    shared ? consentCovers(ctx, personId, org, purpose) : false,
    repo.agreementInForce(ctx.trx, org, purpose, ctx.today),
  ]);
  return boundary({ shared, consentInForce, agreementFields: agreement?.fields ?? null });
}

/** Those of a list who are adults on a day (an unknown date of birth counts as adult). */
async function adultsAmong(ctx: UseCaseContext, personIds: string[], on: string): Promise<Set<string>> {
  const rows = await repo.birthDates(ctx.trx, personIds);
  return new Set(rows.filter((p) => !p.date_of_birth || ageOn(p.date_of_birth, on) >= 18).map((p) => p.id));
}

/** The adults of a list without consent to the organisation for the purpose (children are covered by them). */
export async function adultsWithoutConsent(
  ctx: UseCaseContext,
  personIds: string[],
  organisation: string,
  purpose: string,
  on: string,
): Promise<string[]> {
  const [adults, consenting] = await Promise.all([
    adultsAmong(ctx, personIds, on),
    repo.consentingPersons(ctx.trx, personIds, organisation, purpose, on),
  ]);
  return personIds.filter((id) => adults.has(id) && !consenting.has(id));
}

/**
 * The person's own consent, or for a child, the consent of an adult of the same family in the
 * same referral or resettlement case (a parent consents for their children).
 */
async function consentCovers(ctx: UseCaseContext, personId: string, org: string, purpose: SharingPurpose) {
  if ((await repo.consentingPersons(ctx.trx, [personId], org, purpose, ctx.today)).has(personId)) return true;
  if ((await adultsAmong(ctx, [personId], ctx.today)).has(personId)) return false;
  const family =
    purpose === 'resettlement'
      ? await repo.resettlementCoMembers(ctx.trx, personId, org)
      : isReferralService(purpose)
        ? await repo.referralCoMembers(ctx.trx, personId, org, purpose)
        : [];
  const [adults, consenting] = await Promise.all([
    adultsAmong(ctx, family, ctx.today),
    repo.consentingPersons(ctx.trx, family, org, purpose, ctx.today),
  ]);
  return [...consenting].some((id) => adults.has(id));
}

/** Whether the person is shared with the actor's organisation for any purpose it could hold. */
export async function reachesForAnyPurpose(
  ctx: UseCaseContext,
  actor: Actor,
  personId: string,
): Promise<boolean> {
  for (const purpose of SHARING_PURPOSES)
    if (purpose !== 'resettlement_submission' && (await fieldsFor(ctx, actor, personId, purpose)).allowed)
      return true;
  return false;
}

/** A person as an organisation may see them for one purpose; audited either way. */
export async function sharedPersonView(ctx: UseCaseContext, personId: string, purpose: SharingPurpose) {
  const actor = requireActor(ctx);
  const answer = await fieldsFor(ctx, actor, personId, purpose);
  const full = answer.allowed ? await fullShareableRecord(ctx, personId) : null;
  if (!answer.allowed || !full)
    throw outside('person', personId, 'shared.read', answer.allowed ? 'not_found' : answer.reason);
  ctx.audit({
    action: 'shared.read',
    entityType: 'person',
    entityId: personId,
    personId,
    details: { purpose, fields: answer.fields },
  });
  return { personId, purpose, fields: answer.fields, record: project(full.record, answer.fields) };
}
