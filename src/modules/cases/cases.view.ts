// The case page: where the case stands, its running clocks with their last days, what this
// role may do next, its members, interviews, letters, derived rights and the removal guard.
// Reading it is audited for every member; reading an interview record is audited on its own.
import { daysBetween } from '../../domain/calendar.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import type { Actor } from '../../domain/access.ts';
import type { CaseClockRow, ProtectionCaseRow } from '../../db/schema.ts';
import { availableActions } from '../../domain/procedure/machine.ts';
import { APPEAL_WINDOWS } from '../../domain/procedure/clocks.ts';
import { removalGuard } from '../../domain/procedure/non-refoulement.ts';
import { finalSince, isFinalState } from '../../domain/procedure/finality.ts';
import { healthCover, workPermit } from '../../domain/procedure/rights.ts';
import { TIME_LIMIT_RULES } from '../../domain/procedure/time-limits.ts';
import { lettersOfCase, storedLetter } from '../letters/letters.service.ts';
import { factsOf, latestWindowDay } from './cases.facts.ts';
import { loadCaseInScope } from './cases.service.ts';
import * as staff from '../access/records.service.ts';
import * as repo from './cases.repository.ts';
import * as interviewsRepo from './interviews.repository.ts';
import * as clocksRepo from './clocks.repository.ts';
import type { CaseView } from './cases.schema.ts';

export function presentClock(c: CaseClockRow, today: string): CaseView['clocks'][number] {
  const rule = TIME_LIMIT_RULES.find((r) => r.id === c.rule_id)!;
  const status = c.closed_on
    ? c.closed_on <= c.last_day
      ? 'met'
      : 'late'
    : // A filing window that ran out is not overdue work, it is over.
      APPEAL_WINDOWS[rule.code] && today > c.protective_last_day
      ? 'lapsed'
      : today > c.last_day
        ? 'overdue'
        : 'running';
  return {
    id: c.id,
    code: c.code,
    ruleId: c.rule_id,
    article: rule.article,
    amount: rule.amount,
    unit: rule.unit,
    binding: rule.binding,
    unverified: rule.unverified,
    startedOn: c.started_on,
    nominalLastDay: c.nominal_last_day,
    lastDay: c.last_day,
    protectiveLastDay: c.protective_last_day,
    flags: c.flags as CaseView['clocks'][number]['flags'],
    closedOn: c.closed_on,
    status,
    daysLeft: c.closed_on ? null : daysBetween(today, c.last_day),
  };
}

/** Interview records are for the assigned caseworker, the province's decision-makers and administrators. */
export function mayReadInterviewRecord(actor: Actor, c: ProtectionCaseRow): boolean {
  if (actor.role === 'administrator') return true;
  if (actor.role === 'decision_maker') return actor.provinceCode === c.province_code;
  return actor.role === 'protection_caseworker' && c.assigned_caseworker_id === actor.userId;
}

/** What the removal guard needs of every case of these persons, with the day each was lodged. */
export async function removalCaseFactsOf(ctx: UseCaseContext, personIds: string[]) {
  const cases = await repo.casesOfPersons(ctx.trx, personIds);
  return Promise.all(
    cases.map(async (c) => ({
      track: c.track,
      state: c.state,
      appealWindowOpenUntil: latestWindowDay(await clocksRepo.clocksOfCase(ctx.trx, c.id)),
      lodgedOn: c.lodged_on,
    })),
  );
}

/** The removal guard across every case of these persons (a person may have an older closed case). */
export async function removalGuardFor(ctx: UseCaseContext, personIds: string[]) {
  return removalGuard(await removalCaseFactsOf(ctx, personIds), ctx.today);
}

export async function caseView(ctx: UseCaseContext, caseId: string): Promise<CaseView> {
  const actor = requireActor(ctx);
  const c = await loadCaseInScope(ctx, caseId, 'case.read');
  const [members, events, clocks, interviews, letters, checks, caseworker] = await Promise.all([
    repo.membersOfCase(ctx.trx, caseId),
    repo.eventsOfCase(ctx.trx, caseId),
    clocksRepo.clocksOfCase(ctx.trx, caseId),
    interviewsRepo.interviewsOfCase(ctx.trx, caseId),
    lettersOfCase(ctx, caseId),
    interviewsRepo.reportingChecks(ctx.trx, caseId),
    staff.staffName(ctx, c.assigned_caseworker_id),
  ]);
  const facts = factsOf(c, clocks, ctx.today, ctx.today);
  const readsRecords = mayReadInterviewRecord(actor, c);
  const rightsFacts = {
    track: c.track,
    state: c.state,
    procedure: c.procedure,
    decision: c.decision,
    lodgedOn: c.lodged_on,
    registeredOn: c.registered_on,
    temporaryProtectionGrantedOn: c.tp_granted_on,
    hasSpecialNeeds: c.vulnerable,
  };
  for (const m of members)
    ctx.audit({
      action: 'case.read',
      entityType: 'protection_case',
      entityId: caseId,
      personId: m.person_id,
      details: { reference: c.reference },
    });
  const recordsShown = interviews.filter((i) => i.record !== null && readsRecords);
  if (recordsShown.length)
    ctx.audit({
      action: 'interview.record.read',
      entityType: 'protection_case',
      entityId: caseId,
      personId: c.principal_person_id,
      details: { interviews: recordsShown.map((i) => i.id) },
    });
  return {
    id: c.id,
    reference: c.reference,
    track: rightsFacts.track,
    state: rightsFacts.state,
    finalSince: finalSince(
      {
        state: c.state,
        lastWindowDay: latestWindowDay(clocks),
        finalOn: events.findLast((e) => isFinalState(e.state_after))?.occurred_on ?? null,
      },
      ctx.today,
    ),
    procedure: rightsFacts.procedure,
    accelerationGround: c.acceleration_ground,
    provinceCode: c.province_code,
    lodgedProvinceCode: c.lodged_province_code,
    lodgedOn: c.lodged_on,
    lodgedVia: c.lodged_via,
    registeredOn: c.registered_on,
    temporaryProtectionGrantedOn: c.tp_granted_on,
    decision: c.decision,
    decisionBy: c.decision_by,
    decidedOn: c.decided_on,
    notifiedOn: c.notified_on,
    inadmissibilityGround: c.inadmissibility_ground,
    hqNotified: c.hq_notified,
    pendingAppeal: facts.pendingAppeal,
    interviewsHeld: c.interviews_held,
    missedInterviewsInARow: c.missed_interviews_in_a_row,
    missedReportingInARow: c.missed_reporting_in_a_row,
    reporting: {
      intervalDays: c.reporting_interval_days,
      nextDueOn: c.reporting_next_due,
      recent: checks.map((r) => ({ dueOn: r.due_on, attended: r.attended })),
    },
    delayNoticeOwed: facts.delayNoticeOwed,
    delayNoticeServedOn: c.delay_notice_served_on,
    assignedCaseworker: caseworker ? { id: caseworker.id, displayName: caseworker.display_name } : null,
    vulnerable: c.vulnerable,
    version: c.version,
    lastEventOn: c.last_event_on,
    members: members.map((m) => ({
      personId: m.person_id,
      role: m.role,
      relationship: m.relationship,
      consentGivenOn: m.consent_given_on,
      consentDocument: m.consent_document,
      foreignerIdNumber: m.foreigner_id_number,
      givenName: m.given_name,
      familyName: m.family_name,
      givenNameOriginal: m.given_name_original,
      familyNameOriginal: m.family_name_original,
      dateOfBirth: m.date_of_birth,
      dateOfBirthPrecision: m.date_of_birth_precision,
      sex: m.sex,
      nationality: m.nationality,
      fictional: m.fictional,
    })),
    clocks: clocks.map((k) => presentClock(k, ctx.today)),
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      occurredOn: e.occurred_on,
      recordedAt: new Date(e.recorded_at).toISOString(),
      actor: e.actor_username,
      stateBefore: e.state_before,
      stateAfter: e.state_after,
      details: e.details,
      correctsEventId: e.corrects_event_id,
    })),
    interviews: interviews.map((i) => ({
      id: i.id,
      scheduledAt: new Date(i.scheduled_at).toISOString(),
      location: i.location,
      interpreterLanguage: i.interpreter_language,
      attendees: i.attendees,
      status: i.status,
      heldOn: i.held_on,
      record: readsRecords ? i.record : null,
      recordWithheld: !readsRecords && i.record !== null,
    })),
    letters: letters.map((l) => ({
      id: l.id,
      language: l.language,
      decision: l.decision,
      lastDay: l.last_day,
      createdAt: new Date(l.created_at).toISOString(),
    })),
    allowedActions: availableActions(facts, actor.role),
    rights: { workPermit: workPermit(rightsFacts), healthCover: healthCover(rightsFacts) },
    removal: await removalGuardFor(
      ctx,
      members.map((m) => m.person_id),
    ),
  };
}

/** A served letter as it was served, for a reader who may see its case (audited). */
export async function printLetter(ctx: UseCaseContext, letterId: string): Promise<string> {
  const letter = await storedLetter(ctx, letterId);
  const c = await loadCaseInScope(ctx, letter.case_id, 'letter.read', { asMissing: 'Letter' });
  ctx.audit({
    action: 'letter.read',
    entityType: 'decision_letter',
    entityId: letterId,
    personId: c.principal_person_id,
    details: { language: letter.language },
  });
  return letter.html;
}
