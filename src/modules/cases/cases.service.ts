// Use cases of a protection case: lodging, every action of the procedure, and corrections.
// The rules of the procedure are in src/domain/procedure; this file loads, checks scope and
// dates, asks the state machine, and writes the event, the clocks and the case in one go.
import { futureDateProblem } from '../../core/dates.ts';
import { scopeReachesCase } from '../../domain/access.ts';
import { ageOn } from '../../domain/calendar.ts';
import { clockEffects } from '../../domain/procedure/clocks.ts';
import { apply } from '../../domain/procedure/machine.ts';
import {
  FINAL_STATES,
  isPositive,
  mayHaveTemporaryProtection,
  type CaseFacts,
  type Command,
  type Decision,
} from '../../domain/procedure/states.ts';
import { AccessDenied, AuditedRefusal, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, invalid, notFound, type FieldProblem } from '../../core/errors.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { applyClockEffects, recountClocksStartedBy } from './cases.clocks.ts';
import { factsOf } from './cases.facts.ts';
import { sideEffectsOf } from './cases.actions.ts';
import * as repo from './cases.repository.ts';
import * as clocksRepo from './clocks.repository.ts';
import { lockPersons } from '../persons/records.service.ts';
import { runHook } from '../../core/hooks.ts';
import type { LodgeInput } from './cases.schema.ts';

export async function loadCaseInScope(
  ctx: UseCaseContext,
  caseId: string,
  action: string,
  /** asMissing: the answer of the caller's own missing record (a letter of the case). */
  opts: { lock?: boolean; toAct?: boolean; asMissing?: string } = {},
) {
  const actor = requireActor(ctx);
  const row = await repo.findCase(ctx.trx, caseId, opts.lock);
  if (!row) throw notFound('Case');
  const provinces = { provinceCode: row.province_code, lodgedProvinceCode: row.lodged_province_code };
  const entry = {
    action,
    entityType: 'protection_case',
    entityId: caseId,
    personId: row.principal_person_id,
  };
  // A case the actor cannot even read answers as a missing one; one they may read but not act
  // on (the lodging province after a referral) is a refusal of the step.
  if (!scopeReachesCase(actor, provinces)) throw new AccessDenied(entry, opts.asMissing ?? 'Case');
  if (opts.toAct && !scopeReachesCase(actor, provinces, true))
    throw new AuditedRefusal(entry, 'This case is now handled by another province');
  return row;
}

function dateProblems(
  occurredOn: string,
  today: string,
  notBefore: string | null,
  field = 'occurredOn',
): FieldProblem[] {
  const future = futureDateProblem(occurredOn, today, field);
  if (future) return [future];
  if (notBefore && occurredOn < notBefore)
    return [
      {
        field,
        message: `is before ${notBefore}, the date of the event it follows`,
        code: 'date_before_previous_event',
      },
    ];
  return [];
}

export async function lodgeCase(ctx: UseCaseContext, input: LodgeInput): Promise<string> {
  const actor = requireActor(ctx);
  const problems = dateProblems(input.lodgedOn, ctx.today, null, 'lodgedOn');
  if (problems.length) throw invalid(problems);
  const provinceCode = actor.provinceCode ?? input.provinceCode;
  if (!provinceCode)
    throw invalid([{ field: 'provinceCode', message: 'is required for an account without a province' }]);
  const principal = await loadPersonInScope(ctx, input.principalPersonId, 'case.lodge');
  const ids = [principal.id, ...input.members.map((m) => m.personId)];
  if (new Set(ids).size !== ids.length)
    throw invalid([{ field: 'members', message: 'lists a person twice' }]);
  const memberProblems: FieldProblem[] = [];
  for (const [i, m] of input.members.entries()) {
    const person = await loadPersonInScope(ctx, m.personId, 'case.lodge');
    // LFIP Art. 65: adult family members are included only with their written consent.
    const adult = !person.date_of_birth || ageOn(person.date_of_birth, input.lodgedOn) >= 18;
    if (adult && !m.consentGivenOn)
      memberProblems.push({
        field: `members[${i}].consentGivenOn`,
        message: 'an adult family member must consent in writing (LFIP Art. 65)',
        code: 'adult_consent_required',
      });
    const future = futureDateProblem(m.consentGivenOn, ctx.today, `members[${i}].consentGivenOn`);
    if (future) memberProblems.push(future);
  }
  if (memberProblems.length) throw invalid(memberProblems);
  if (input.track === 'temporary_protection' && !mayHaveTemporaryProtection(principal.nationality)) {
    throw new AppError(
      'RULE_VIOLATION',
      'Temporary protection is for persons coming from Syria (TPR Provisional Art. 1)',
      [{ field: 'track', message: 'not available for this nationality', code: 'TPR-provisional-1' }],
      { rule: 'TPR-provisional-1' },
    );
  }
  // The person rows are the lock a removal takes too: an application and a removal of the same
  // person never pass each other unseen.
  await lockPersons(ctx, ids);
  await runHook(ctx, 'case.lodging', { personIds: ids, principalPersonId: principal.id });
  const already = await repo.openMemberships(ctx.trx, ids);
  if (already.length) {
    throw conflict(
      'A person is already in an open case',
      already.map((a) => ({
        field: a.person_id === principal.id ? 'principalPersonId' : 'members',
        message: `already in open case ${a.reference}`,
        code: 'open_case_exists',
      })),
    );
  }
  const serial = await repo.nextCaseSerial(ctx.trx);
  const prefix = input.track === 'temporary_protection' ? 'GK' : 'UK';
  const state = input.track === 'temporary_protection' ? 'tp_pending' : 'lodged';
  const row = await repo.insertCase(ctx.trx, {
    reference: `${prefix}-${input.lodgedOn.slice(0, 4)}-${String(serial).padStart(6, '0')}`,
    track: input.track,
    state,
    principal_person_id: principal.id,
    province_code: provinceCode,
    lodged_province_code: provinceCode,
    lodged_on: input.lodgedOn,
    lodged_via: input.lodgedVia,
    vulnerable: await repo.anyHasSpecialNeeds(ctx.trx, ids),
    last_event_on: input.lodgedOn,
  });
  await repo.insertMembers(ctx.trx, [
    {
      case_id: row.id,
      person_id: principal.id,
      role: 'principal',
      relationship: 'principal',
      consent_given_on: null,
      consent_document: null,
    },
    ...input.members.map((m) => ({
      case_id: row.id,
      person_id: m.personId,
      role: 'accompanying' as const,
      relationship: m.relationship,
      consent_given_on: m.consentGivenOn ?? null,
      consent_document: m.consentDocument ?? null,
    })),
  ]);
  await repo.insertEvent(ctx.trx, {
    caseId: row.id,
    action: 'lodge',
    occurredOn: input.lodgedOn,
    actorUserId: actor.userId,
    stateBefore: null,
    stateAfter: state,
    details: { lodgedVia: input.lodgedVia, members: input.members.length + 1 },
  });
  for (const personId of ids)
    ctx.audit({
      action: 'case.lodge',
      entityType: 'protection_case',
      entityId: row.id,
      personId,
      details: { reference: row.reference },
    });
  return row.id;
}

export async function performAction(
  ctx: UseCaseContext,
  caseId: string,
  input: { version: number; occurredOn?: string | undefined; command: Command },
): Promise<void> {
  const actor = requireActor(ctx);
  const cmd = input.command;
  const row = await loadCaseInScope(ctx, caseId, `case.${cmd.action}`, { lock: true, toAct: true });
  if (row.version !== input.version)
    throw new AppError('STALE_VERSION', `The case is at version ${row.version}, not ${input.version}`);
  const on = input.occurredOn ?? ctx.today;
  const problems = dateProblems(on, ctx.today, row.last_event_on);
  if (problems.length) throw invalid(problems);
  const clocks = await clocksRepo.clocksOfCase(ctx.trx, caseId);
  // Appeal windows are judged on the day of the act (a filing recorded late is still in time).
  const before = factsOf(row, clocks, on, ctx.today);
  const result = apply(before, cmd, actor.role);
  if (!result.ok) {
    throw new AppError(
      'RULE_VIOLATION',
      result.breach.message,
      [{ field: 'command.action', message: result.breach.message, code: result.breach.rule }],
      {
        rule: result.breach.rule,
        state: row.state,
      },
    );
  }
  const after = result.facts;
  const extra = await sideEffectsOf(ctx, row, cmd, on);
  const eventId = await repo.insertEvent(ctx.trx, {
    caseId,
    action: cmd.action,
    occurredOn: on,
    actorUserId: actor.userId,
    stateBefore: row.state,
    stateAfter: after.state,
    details: extra.eventDetails,
  });
  const updated = await repo.updateCase(ctx.trx, caseId, {
    ...extra.casePatch,
    state: after.state,
    procedure: after.procedure,
    decision: await decisionAfter(ctx, caseId, after),
    decision_by: after.decisionBy,
    inadmissibility_ground: after.inadmissibilityGround,
    hq_notified: after.hqNotified,
    pending_appeal: after.pendingAppeal,
    interviews_held: after.interviewsHeld,
    missed_interviews_in_a_row: after.missedInterviewsInARow,
    missed_reporting_in_a_row: after.missedReportingInARow,
    last_event_on: on,
  });
  if (updated.province_code !== row.province_code)
    await clocksRepo.moveClocksToProvince(ctx.trx, caseId, updated.province_code);
  await applyClockEffects(
    ctx,
    updated,
    clockEffects(after, cmd, on, row.lodged_on, row.registered_on),
    eventId,
    on,
  );
  if (FINAL_STATES.includes(after.state)) await repo.closeMemberships(ctx.trx, caseId);
  await extra.afterEvent?.(eventId, updated);
  ctx.audit({
    action: `case.${cmd.action}`,
    entityType: 'protection_case',
    entityId: caseId,
    personId: row.principal_person_id,
    details: { reference: row.reference, from: row.state, to: after.state, occurredOn: on },
  });
}

/**
 * The decision a case shows after a step: when an annulled cessation or cancellation gives a
 * status back, it is the status last granted, found in the history.
 */
async function decisionAfter(
  ctx: UseCaseContext,
  caseId: string,
  after: CaseFacts,
): Promise<Decision | null> {
  if (after.state !== 'protected' || isPositive(after.decision)) return after.decision;
  const granted = (await repo.eventsOfCase(ctx.trx, caseId)).filter(
    (e) => e.action === 'decide' && isPositive((e.details.decision as Decision | undefined) ?? null),
  );
  return (granted.at(-1)?.details.decision as Decision | undefined) ?? after.decision;
}

/**
 * Corrects the date of an earlier event: a new event points at the one it corrects (nothing is
 * rewritten), and the clocks that event started are counted again from the corrected date.
 */
export async function correctEventDate(
  ctx: UseCaseContext,
  caseId: string,
  eventId: number,
  input: { version: number; occurredOn: string; reason: string },
) {
  const actor = requireActor(ctx);
  const row = await loadCaseInScope(ctx, caseId, 'case.correct', { lock: true, toAct: true });
  if (row.version !== input.version)
    throw new AppError('STALE_VERSION', `The case is at version ${row.version}, not ${input.version}`);
  const original = await repo.findEvent(ctx.trx, caseId, eventId);
  if (!original) throw notFound('Event');
  const problems = dateProblems(input.occurredOn, ctx.today, null);
  if (problems.length) throw invalid(problems);
  const correctionId = await repo.insertEvent(ctx.trx, {
    caseId,
    action: 'correct_date',
    occurredOn: ctx.today,
    actorUserId: actor.userId,
    stateBefore: row.state,
    stateAfter: row.state,
    details: { from: original.occurred_on, to: input.occurredOn, reason: input.reason },
    correctsEventId: eventId,
  });
  await recountClocksStartedBy(ctx, caseId, eventId, input.occurredOn);
  await repo.updateCase(ctx.trx, caseId, {});
  ctx.audit({
    action: 'case.correct',
    entityType: 'protection_case',
    entityId: caseId,
    personId: row.principal_person_id,
    details: { eventId, correctionId, from: original.occurred_on, to: input.occurredOn },
  });
}
