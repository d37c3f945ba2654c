// What a centre gives its residents: services (health notes for health staff only), visits
// (a refusal always has a reason and is reported; lawyers' and UNHCR's meetings are
// confidential), and referrals of unaccompanied children to child-protection services.
import { notInFuture } from '../../core/dates.ts';
import { mayReadHealthNotes, ROLE_SCOPE } from '../../domain/access.ts';
import { isChild } from '../../domain/centres/unit-rules.ts';
import { AccessDenied, AuditedRefusal, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { loadCentreInScope } from '../centres/centres.service.ts';
import { personRecord } from '../persons/records.service.ts';
import { openPlacementsOf } from '../placements/records.service.ts';
import * as repo from './care.repository.ts';
import type { ServiceInput, VisitInput } from './care.schema.ts';

export const HEALTH_CATEGORIES = ['health_emergency', 'health_primary'] as const;
export const CONFIDENTIAL_VISITORS = ['lawyer', 'legal_representative', 'unhcr'] as const;

/** A person is reached through a centre only while they live there, or for the record, after. */
export async function loadResidentInScope(
  ctx: UseCaseContext,
  centreId: string,
  personId: string,
  action: string,
  opts: { current?: boolean } = {},
) {
  const centre = await loadCentreInScope(ctx, centreId, action);
  const person = await personRecord(ctx, personId);
  if (!person) throw notFound('Person');
  const placed = opts.current
    ? (await openPlacementsOf(ctx, [personId])).some((p) => p.centre_id === centreId)
    : (await repo.placedIn(ctx.trx, personId, centreId)) !== undefined;
  if (!placed) {
    if (opts.current)
      throw conflict('The person does not live in this centre', [
        { field: 'personId', message: 'not a resident', code: 'not_resident' },
      ]);
    // Someone who never lived here answers as someone unknown.
    throw new AccessDenied({ action, entityType: 'person', entityId: personId, personId }, 'Person');
  }
  return { centre, person };
}

export async function recordService(
  ctx: UseCaseContext,
  centreId: string,
  personId: string,
  input: ServiceInput,
) {
  const actor = requireActor(ctx);
  notInFuture(input.deliveredOn, ctx.today, 'deliveredOn');
  await loadResidentInScope(ctx, centreId, personId, 'service.record', { current: true });
  const health = (HEALTH_CATEGORIES as readonly string[]).includes(input.category);
  if (health && !mayReadHealthNotes(actor.role))
    throw new AuditedRefusal(
      { action: 'service.record', entityType: 'person', entityId: personId, personId },
      'Health care is recorded by health staff',
    );
  // Health details go in the note only, where only health staff can read them.
  if (health && input.summary)
    throw invalid([
      {
        field: 'summary',
        message: 'health details belong in the health note',
        code: 'health_details_in_note',
      },
    ]);
  if (!health && input.healthNote)
    throw invalid([{ field: 'healthNote', message: 'only for health care', code: 'not_health_care' }]);
  if (input.healthNote && !mayReadHealthNotes(actor.role))
    throw new AuditedRefusal(
      { action: 'service.record', entityType: 'person', entityId: personId, personId },
      'Health notes are written by health staff',
    );
  const { id } = await repo.insertService(ctx.trx, {
    person_id: personId,
    centre_id: centreId,
    category: input.category,
    delivered_on: input.deliveredOn,
    delivered_by: actor.userId,
    provider: input.provider ?? null,
    summary: input.summary ?? null,
  });
  if (input.healthNote) await repo.insertHealthNote(ctx.trx, id, input.healthNote);
  ctx.audit({
    action: 'service.record',
    entityType: 'resident_service',
    entityId: id,
    personId,
    details: { category: input.category },
  });
  return id;
}

export async function requestVisit(ctx: UseCaseContext, centreId: string, input: VisitInput) {
  const actor = requireActor(ctx);
  await loadResidentInScope(ctx, centreId, input.personId, 'visit.request', { current: true });
  const confidential = (CONFIDENTIAL_VISITORS as readonly string[]).includes(input.visitorKind);
  if (confidential && input.notes)
    throw invalid([
      {
        field: 'notes',
        message:
          'meetings with lawyers, legal representatives and UNHCR are confidential: nothing of them is written down',
        code: 'confidential_meeting',
      },
    ]);
  if (input.endsAt <= input.startsAt) throw invalid([{ field: 'endsAt', message: 'is not after the start' }]);
  const { id } = await repo.insertVisit(ctx.trx, {
    centre_id: centreId,
    person_id: input.personId,
    visitor_kind: input.visitorKind,
    visitor_name: input.visitorName,
    visitor_organisation: input.visitorOrganisation ?? null,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    status: 'requested',
    confidential,
    notes: input.notes ?? null,
    requested_by: actor.userId,
  });
  ctx.audit({
    action: 'visit.request',
    entityType: 'centre_visit',
    entityId: id,
    personId: input.personId,
    details: { visitorKind: input.visitorKind },
  });
  return id;
}

const NEXT: Record<string, readonly string[]> = {
  requested: ['scheduled', 'refused', 'cancelled'],
  scheduled: ['held', 'cancelled', 'refused'],
};

export async function decideVisit(
  ctx: UseCaseContext,
  centreId: string,
  visitId: string,
  input: { status: 'scheduled' | 'refused' | 'held' | 'cancelled'; reason?: string | undefined },
) {
  const actor = requireActor(ctx);
  await loadCentreInScope(ctx, centreId, 'visit.decide');
  const visit = await repo.findVisit(ctx.trx, visitId, true);
  if (!visit || visit.centre_id !== centreId) throw notFound('Visit');
  if (!(NEXT[visit.status] ?? []).includes(input.status))
    throw new AppError('RULE_VIOLATION', `A ${visit.status} visit cannot become ${input.status}`, [], {
      rule: 'STATE',
      state: visit.status,
    });
  // Access to lawyers, UNHCR, notaries and consuls is a right: refusing it takes a written reason.
  if (input.status === 'refused' && (!input.reason || input.reason.trim().length < 10))
    throw invalid([
      {
        field: 'reason',
        message: 'a refusal needs its reason, in at least 10 characters',
        code: 'refusal_reason_required',
      },
    ]);
  await repo.decideVisit(ctx.trx, visitId, {
    status: input.status,
    refusal_reason: input.status === 'refused' ? input.reason!.trim() : null,
    decided_by: actor.userId,
  });
  ctx.audit({
    action: input.status === 'refused' ? 'visit.refused' : `visit.${input.status}`,
    entityType: 'centre_visit',
    entityId: visitId,
    personId: visit.person_id,
    details: {
      visitorKind: visit.visitor_kind,
      ...(input.status === 'refused' ? { reason: input.reason } : {}),
    },
  });
}

export async function referChild(
  ctx: UseCaseContext,
  centreId: string,
  personId: string,
  input: {
    referredOn: string;
    institution: string;
    reference?: string | null | undefined;
    note?: string | null | undefined;
  },
) {
  const actor = requireActor(ctx);
  notInFuture(input.referredOn, ctx.today, 'referredOn');
  const { person } = await loadResidentInScope(ctx, centreId, personId, 'child.refer', { current: true });
  const dob = person.date_of_birth_precision === 'unknown' ? null : person.date_of_birth;
  if (!isChild({ dateOfBirth: dob }, input.referredOn))
    throw invalid([{ field: 'personId', message: 'is not recorded as a child', code: 'not_a_child' }]);
  const open = (await repo.referralsOf(ctx.trx, personId)).find((r) => r.status !== 'closed');
  if (open)
    throw conflict('A referral is open', [
      { field: 'personId', message: open.institution, code: 'referral_open' },
    ]);
  const { id } = await repo.insertReferral(ctx.trx, {
    person_id: personId,
    centre_id: centreId,
    institution: input.institution,
    referred_on: input.referredOn,
    reference: input.reference ?? null,
    status: 'referred',
    status_on: input.referredOn,
    note: input.note ?? null,
    created_by: actor.userId,
  });
  ctx.audit({ action: 'child.refer', entityType: 'child_protection_referral', entityId: id, personId });
  return id;
}

const REFERRAL_NEXT: Record<string, readonly string[]> = {
  referred: ['accepted', 'closed'],
  accepted: ['placed', 'closed'],
  placed: ['closed'],
};

export async function updateReferral(
  ctx: UseCaseContext,
  centreId: string,
  referralId: string,
  input: {
    status: 'accepted' | 'placed' | 'closed';
    on: string;
    reference?: string | null | undefined;
    note?: string | null | undefined;
  },
) {
  const actor = requireActor(ctx);
  await loadCentreInScope(ctx, centreId, 'child.referral_update');
  const referral = await repo.findReferral(ctx.trx, referralId);
  if (!referral || referral.centre_id !== centreId) throw notFound('Referral');
  if (!(REFERRAL_NEXT[referral.status] ?? []).includes(input.status))
    throw new AppError('RULE_VIOLATION', `A ${referral.status} referral cannot become ${input.status}`, [], {
      rule: 'STATE',
      state: referral.status,
    });
  if (input.on < referral.status_on || input.on > ctx.today)
    throw invalid([{ field: 'on', message: `must lie between ${referral.status_on} and today` }]);
  await repo.updateReferral(ctx.trx, referralId, {
    status: input.status,
    status_on: input.on,
    ...(input.reference !== undefined ? { reference: input.reference } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
    updated_by: actor.userId,
  });
  ctx.audit({
    action: 'child.referral_update',
    entityType: 'child_protection_referral',
    entityId: referralId,
    personId: referral.person_id,
    details: { status: input.status },
  });
}

/** The day in Türkiye (UTC+3) as an instant range. */
export function turkishDay(day: string): [Date, Date] {
  const start = new Date(`${day}T00:00:00+03:00`);
  return [start, new Date(start.getTime() + 86_400_000)];
}

/** Every refused visit in a period: directorates see their province, UNHCR its own officials. */
export async function refusalReport(
  ctx: UseCaseContext,
  query: { from: string; to: string; provinceCode?: string | undefined },
) {
  const actor = requireActor(ctx);
  const scope = ROLE_SCOPE[actor.role];
  const rows = await repo.refusedVisits(ctx.trx, {
    from: turkishDay(query.from)[0],
    to: turkishDay(query.to)[1],
    provinceCode: scope === 'province' ? actor.provinceCode : (query.provinceCode ?? null),
    visitorKind: actor.role === 'unhcr_officer' ? 'unhcr' : null,
  });
  ctx.audit({ action: 'visit.refusal_report', entityType: 'centre_visit', details: { rows: rows.length } });
  return rows.map((v) => ({
    id: v.id,
    centreId: v.centre_id,
    centreName: v.centre_name,
    provinceCode: v.province_code,
    visitorKind: v.visitor_kind,
    visitorName: v.visitor_name,
    visitorOrganisation: v.visitor_organisation,
    startsAt: v.starts_at.toISOString(),
    refusalReason: v.refusal_reason ?? '',
    refusedAt: v.decided_at?.toISOString() ?? '',
    refusedBy: v.refused_by,
  }));
}
