// The centre board and the resident page.
import { mayReadHealthNotes, ROLE_SCOPE } from '../../domain/access.ts';
import { addDays } from '../../domain/calendar.ts';
import { isChild, isSchoolAge } from '../../domain/centres/unit-rules.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { centreView, loadCentreInScope } from '../centres/centres.service.ts';
import * as detentions from '../detention/records.service.ts';
import { detentionView } from '../detention/detention.view.ts';
import { placementsOfPerson } from '../placements/records.service.ts';
import { removalsOfPerson } from '../removal/records.service.ts';
import { alternativesView, protectionsView } from '../removal/removal.view.ts';
import { currentNeedsOf } from '../persons/records.service.ts';
import * as repo from './care.repository.ts';
import { turkishDay } from './care.service.ts';
import { loadResidentInScope } from './care.service.ts';

type VisitRow = Awaited<ReturnType<typeof repo.visitsOfPerson>>[number];

export function visitOut(v: VisitRow) {
  return {
    id: v.id,
    centreId: v.centre_id,
    personId: v.person_id,
    personName: `${v.given_name} ${v.family_name}`,
    fictional: v.fictional,
    visitorKind: v.visitor_kind,
    visitorName: v.visitor_name,
    visitorOrganisation: v.visitor_organisation,
    startsAt: v.starts_at.toISOString(),
    endsAt: v.ends_at.toISOString(),
    status: v.status,
    confidential: v.confidential,
    notes: v.notes,
    refusalReason: v.refusal_reason,
  };
}

export async function visitsOfCentre(ctx: UseCaseContext, centreId: string, from: string, to: string) {
  await loadCentreInScope(ctx, centreId, 'visit.calendar');
  const [start] = turkishDay(from);
  const [, end] = turkishDay(to);
  return (await repo.visitsOfCentre(ctx.trx, centreId, start, end)).map(visitOut);
}

export async function board(ctx: UseCaseContext, centreId: string) {
  const centre = await centreView(ctx, centreId);
  const today = ctx.today;
  const [residents, movements, visits, due] = await Promise.all([
    repo.residentsOf(ctx.trx, centreId),
    repo.movementsOn(ctx.trx, centreId, today),
    visitsOfCentre(ctx, centreId, today, today),
    detentions.detentionsDue(ctx, { centreId }, addDays(today, 7)),
  ]);
  const dob = (r: (typeof residents)[number]) =>
    r.date_of_birth_precision === 'unknown' ? null : r.date_of_birth;
  const person = (r: { person_id: string; given_name: string; family_name: string; fictional: boolean }) => ({
    personId: r.person_id,
    name: `${r.given_name} ${r.family_name}`,
    fictional: r.fictional,
  });
  ctx.audit({
    action: 'centre.board',
    entityType: 'centre',
    entityId: centreId,
    details: { residents: residents.length },
  });
  return {
    centre,
    today,
    residents: residents.map((r) => ({
      ...person(r),
      placementId: r.placement_id,
      foreignerIdNumber: r.foreigner_id_number,
      unitId: r.unit_id,
      unitName: r.unit_name,
      since: r.started_on,
      absentSince: r.absent_since,
      child: isChild({ dateOfBirth: dob(r) }, today),
      unaccompanied: r.unaccompanied,
      specialNeeds: r.special_needs,
    })),
    arrivals: movements.filter((m) => m.started_on === today).map(person),
    departures: movements
      .filter((m) => m.ended_on === today && m.end_reason !== 'transferred')
      .map((m) => ({ ...person(m), reason: m.end_reason })),
    visitsToday: visits,
    reviewsDue: due.map((d) => ({
      ...person(d),
      detentionId: d.id,
      reference: d.reference,
      nextReviewDue: d.next_review_due,
      mustEndBy: d.extended_until ?? d.initial_until,
      overdue: d.next_review_due < today,
    })),
    // Every school-age child is tracked until enrolled; every unaccompanied child until referred.
    childrenNotEnrolled: residents.filter((r) => isSchoolAge(dob(r), today) && !r.enrolled).map(person),
    unaccompaniedNotReferred: residents.filter((r) => r.unaccompanied && !r.referred).map(person),
  };
}

export async function residentView(ctx: UseCaseContext, centreId: string, personId: string) {
  const actor = requireActor(ctx);
  const { person } = await loadResidentInScope(ctx, centreId, personId, 'resident.read');
  const withNotes = mayReadHealthNotes(actor.role);
  // A centre's own staff see what happened in their centre, not in the centres before it.
  const onlyThisCentre = ROLE_SCOPE[actor.role] === 'centre' ? centreId : null;
  const [placements, services, visits, referrals, needs, held, removals, protections, alternatives] =
    await Promise.all([
      placementsOfPerson(ctx, personId),
      repo.servicesOf(ctx.trx, personId, withNotes, onlyThisCentre),
      repo.visitsOfPerson(ctx.trx, personId, onlyThisCentre),
      repo.referralsOf(ctx.trx, personId),
      currentNeedsOf(ctx, personId),
      detentions.detentionsOfPerson(ctx, personId),
      removalsOfPerson(ctx, personId),
      protectionsView(ctx, personId),
      alternativesView(ctx, personId),
    ]);
  ctx.audit({
    action: 'resident.read',
    entityType: 'person',
    entityId: personId,
    personId,
    details: { centreId, healthNotes: withNotes },
  });
  const dob = person.date_of_birth_precision === 'unknown' ? null : person.date_of_birth;
  return {
    personId,
    centreId,
    name: `${person.given_name} ${person.family_name}`,
    foreignerIdNumber: person.foreigner_id_number,
    sex: person.sex,
    dateOfBirth: person.date_of_birth,
    dateOfBirthPrecision: person.date_of_birth_precision,
    nationality: person.nationality,
    fictional: person.fictional,
    child: isChild({ dateOfBirth: dob }, ctx.today),
    schoolAge: isSchoolAge(dob, ctx.today),
    specificNeeds: needs.map((n) => n.code),
    placements: placements.map((p) => ({
      id: p.id,
      centreId: p.centre_id,
      centreName: p.centre_name,
      unitId: p.unit_id,
      unitName: p.unit_name,
      startedOn: p.started_on,
      endedOn: p.ended_on,
      endReason: p.end_reason,
      absentSince: p.absent_since,
      absenceReason: p.absence_reason,
    })),
    services: services.map((s) => ({
      id: s.id,
      category: s.category,
      deliveredOn: s.delivered_on,
      deliveredBy: s.delivered_by,
      centreName: s.centre_name,
      provider: s.provider,
      summary: s.summary,
      healthNote: s.health_note,
    })),
    visits: visits.map(visitOut),
    referrals: referrals.map((r) => ({
      id: r.id,
      institution: r.institution,
      referredOn: r.referred_on,
      reference: r.reference,
      status: r.status,
      statusOn: r.status_on,
      note: r.note,
    })),
    detentions: await Promise.all(held.map((d) => detentionView(ctx, d))),
    removals: removals.map((r) => ({
      id: r.id,
      reference: r.reference,
      state: r.state,
      decidedOn: r.decided_on,
    })),
    protections,
    alternatives,
  };
}
