// Removal decisions (LFIP Arts. 52-56) and the point of no return: carrying one out. The bars
// are checked inside the transaction that records the removal, with the person, the decision and
// every protection case of the person locked, so a status or a new application racing with the
// removal is either seen by it or waits for it.
import { addDays } from '../../domain/calendar.ts';
import {
  executionBars,
  protectionActive,
  voluntaryDepartureBar,
  type Art55Ground,
  type RemovalGround,
  type RemovalState,
} from '../../domain/removal/removal.ts';
import { ruleInForce } from '../../domain/procedure/time-limits.ts';
import { AccessDenied, AuditedFailure, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { ROLE_SCOPE } from '../../domain/access.ts';
import { AppError, conflict, invalid, notFound } from '../../http/errors.ts';
import { deadlineColumns, loadCalendar } from '../calendar/calendar.service.ts';
import { removalGuardFor } from '../cases/cases.view.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import * as detentions from '../detention/detention.repository.ts';
import { endDetentionOnRemoval, type Alternative } from '../detention/detention.service.ts';
import * as repo from './removal.repository.ts';

export interface OrderInput {
  personId: string;
  grounds: RemovalGround[];
  destinationCountry?: string | null | undefined;
  decidedOn: string;
  apprehendedAt?: string | null | undefined;
  voluntaryDepartureDays?: number | null | undefined;
  abscondingRisk: boolean;
}

function notInFuture(on: string, today: string, field: string) {
  if (on > today) throw invalid([{ field, message: 'is in the future', code: 'date_in_future' }]);
}

function ruleViolation(
  detail: string,
  rule: string,
  fields: { field: string; message: string; code: string }[],
  extra: Record<string, unknown> = {},
) {
  return new AppError('RULE_VIOLATION', detail, fields, { rule, ...extra });
}

export async function activeProtections(
  ctx: UseCaseContext,
  personId: string,
  on: string,
): Promise<Art55Ground[]> {
  const rows = await repo.protectionsOf(ctx.trx, personId);
  return rows
    .filter((p) => protectionActive({ recordedOn: p.recorded_on, until: p.until, endedOn: p.ended_on }, on))
    .map((p) => p.ground as Art55Ground);
}

export async function loadRemovalInScope(ctx: UseCaseContext, id: string, action: string, lock = false) {
  const actor = requireActor(ctx);
  const row = await repo.findRemoval(ctx.trx, id, lock);
  if (!row) throw notFound('Removal decision');
  const scope = ROLE_SCOPE[actor.role];
  if (!(scope === 'national' || (scope === 'province' && actor.provinceCode === row.province_code)))
    throw new AccessDenied({ action, entityType: 'removal_decision', entityId: id, personId: row.person_id });
  return row;
}

function checkVersion(row: { version: number }, version: number) {
  if (row.version !== version)
    throw new AppError('STALE_VERSION', `The decision is at version ${row.version}`);
}

export async function orderRemoval(ctx: UseCaseContext, input: OrderInput): Promise<string> {
  const actor = requireActor(ctx);
  notInFuture(input.decidedOn, ctx.today, 'decidedOn');
  const person = await loadPersonInScope(ctx, input.personId, 'removal.order');
  await repo.lockPerson(ctx.trx, person.id);
  const open = await repo.openRemovalOf(ctx.trx, person.id);
  if (open)
    throw conflict(`Removal decision ${open.reference} is still open`, [
      { field: 'personId', message: open.reference, code: 'removal_open' },
    ]);
  // Art. 55: with a protection in force no removal decision may be taken at all.
  const protections = await activeProtections(ctx, person.id, input.decidedOn);
  if (protections.length)
    throw ruleViolation(
      'LFIP Art. 55 forbids a removal decision for this person',
      `LFIP-55-${protections[0]}`,
      protections.map((g) => ({
        field: 'personId',
        message: `Art. 55(${g}) protection in force`,
        code: `LFIP-55-${g}`,
      })),
    );
  if (input.voluntaryDepartureDays != null) {
    const bar = voluntaryDepartureBar(input.grounds, input.abscondingRisk);
    if (bar)
      throw ruleViolation('LFIP Art. 56 allows no voluntary-departure period here', 'LFIP-56', [
        { field: 'voluntaryDepartureDays', message: `not granted: ${bar}`, code: bar },
      ]);
  }
  const serial = await repo.nextRemovalSerial(ctx.trx);
  const { id } = await repo.insertRemoval(ctx.trx, {
    reference: `SD-${input.decidedOn.slice(0, 4)}-${String(serial).padStart(6, '0')}`,
    person_id: person.id,
    province_code: actor.provinceCode ?? person.province_code,
    grounds: input.grounds,
    destination_country: input.destinationCountry ?? null,
    apprehended_at: input.apprehendedAt ? new Date(input.apprehendedAt) : null,
    decided_on: input.decidedOn,
    voluntary_departure_days: input.voluntaryDepartureDays ?? null,
    created_by: actor.userId,
  });
  // T13: the governorate decides within 48 hours of the apprehension; a late decision is flagged.
  const hours = ruleInForce('T13', input.decidedOn)?.amount ?? 48;
  const late =
    input.apprehendedAt != null &&
    addDays(input.apprehendedAt.slice(0, 10), Math.ceil(hours / 24)) < input.decidedOn;
  await repo.insertEvent(ctx.trx, {
    removal_id: id,
    kind: 'decide',
    occurred_on: input.decidedOn,
    details: { grounds: input.grounds, late },
    actor_user_id: actor.userId,
  });
  ctx.audit({
    action: 'removal.order',
    entityType: 'removal_decision',
    entityId: id,
    personId: person.id,
    details: { grounds: input.grounds },
  });
  return id;
}

export async function notify(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; notifiedOn: string; exitPermitNumber?: string | null | undefined },
) {
  const actor = requireActor(ctx);
  notInFuture(input.notifiedOn, ctx.today, 'notifiedOn');
  const row = await loadRemovalInScope(ctx, id, 'removal.notify', true);
  checkVersion(row, input.version);
  if (row.state !== 'decided')
    throw ruleViolation('Only a decision not yet notified can be notified', 'STATE', [], {
      state: row.state,
    });
  if (input.notifiedOn < row.decided_on)
    throw invalid([{ field: 'notifiedOn', message: 'is before the decision' }]);
  if (row.voluntary_departure_days && !input.exitPermitNumber)
    throw invalid([
      {
        field: 'exitPermitNumber',
        message: 'the exit permit is issued with the voluntary-departure period (LFIP Art. 56)',
        code: 'exit_permit_required',
      },
    ]);
  // T12: 7 days to go to court (15 for decisions notified before 24 December 2019).
  const window = deadlineColumns('T12-appeal', input.notifiedOn, await loadCalendar(ctx.trx));
  await repo.updateRemoval(ctx.trx, id, {
    state: 'notified',
    notified_on: input.notifiedOn,
    appeal_last_day: window.last_day,
    appeal_protective_last_day: window.protective_last_day,
    appeal_rule_id: window.rule_id,
    exit_permit_number: input.exitPermitNumber ?? null,
    voluntary_departure_until: row.voluntary_departure_days
      ? addDays(input.notifiedOn, row.voluntary_departure_days)
      : null,
  });
  await repo.insertEvent(ctx.trx, {
    removal_id: id,
    kind: 'notify',
    occurred_on: input.notifiedOn,
    details: { appealLastDay: window.last_day, rule: window.rule_id },
    actor_user_id: actor.userId,
  });
  ctx.audit({
    action: 'removal.notify',
    entityType: 'removal_decision',
    entityId: id,
    personId: row.person_id,
  });
}

export async function lodgeAppeal(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; lodgedOn: string },
) {
  const actor = requireActor(ctx);
  notInFuture(input.lodgedOn, ctx.today, 'lodgedOn');
  const row = await loadRemovalInScope(ctx, id, 'removal.appeal', true);
  checkVersion(row, input.version);
  if (row.state !== 'notified')
    throw ruleViolation('An appeal follows the notification', 'STATE', [], { state: row.state });
  if (row.notified_on && input.lodgedOn < row.notified_on)
    throw invalid([{ field: 'lodgedOn', message: 'is before the notification' }]);
  // The court rules on a late appeal; until it does, the appeal suspends removal like any other.
  const late = row.appeal_last_day !== null && input.lodgedOn > row.appeal_last_day;
  const due = deadlineColumns('T12-decision', input.lodgedOn, await loadCalendar(ctx.trx));
  await repo.updateRemoval(ctx.trx, id, {
    state: 'under_appeal',
    appeal_lodged_on: input.lodgedOn,
    appeal_decision_due: due.last_day,
  });
  await repo.insertEvent(ctx.trx, {
    removal_id: id,
    kind: 'appeal',
    occurred_on: input.lodgedOn,
    details: { late, decisionDue: due.last_day },
    actor_user_id: actor.userId,
  });
  ctx.audit({
    action: 'removal.appeal',
    entityType: 'removal_decision',
    entityId: id,
    personId: row.person_id,
  });
}

export async function recordAppealOutcome(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; decidedOn: string; outcome: 'upheld' | 'annulled' },
) {
  const actor = requireActor(ctx);
  notInFuture(input.decidedOn, ctx.today, 'decidedOn');
  const row = await loadRemovalInScope(ctx, id, 'removal.appeal_outcome', true);
  checkVersion(row, input.version);
  if (row.state !== 'under_appeal')
    throw ruleViolation('No appeal is pending', 'STATE', [], { state: row.state });
  if (row.appeal_lodged_on && input.decidedOn < row.appeal_lodged_on)
    throw invalid([{ field: 'decidedOn', message: 'is before the appeal' }]);
  await repo.updateRemoval(ctx.trx, id, {
    state: input.outcome === 'upheld' ? 'enforceable' : 'annulled',
    appeal_outcome: input.outcome,
    appeal_decided_on: input.decidedOn,
    ...(input.outcome === 'annulled' ? { closed_reason: 'annulled_by_court' } : {}),
  });
  await repo.insertEvent(ctx.trx, {
    removal_id: id,
    kind: 'appeal_outcome',
    occurred_on: input.decidedOn,
    details: { outcome: input.outcome },
    actor_user_id: actor.userId,
  });
  ctx.audit({
    action: 'removal.appeal_outcome',
    entityType: 'removal_decision',
    entityId: id,
    personId: row.person_id,
    details: { outcome: input.outcome },
  });
}

export async function cancelRemoval(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; on: string; reason: string },
) {
  const actor = requireActor(ctx);
  notInFuture(input.on, ctx.today, 'on');
  const row = await loadRemovalInScope(ctx, id, 'removal.cancel', true);
  checkVersion(row, input.version);
  if (['carried_out', 'annulled', 'cancelled'].includes(row.state))
    throw ruleViolation('The decision is closed', 'STATE', [], { state: row.state });
  await repo.updateRemoval(ctx.trx, id, { state: 'cancelled', closed_reason: input.reason });
  await repo.insertEvent(ctx.trx, {
    removal_id: id,
    kind: 'cancel',
    occurred_on: input.on,
    details: { reason: input.reason },
    actor_user_id: actor.userId,
  });
  ctx.audit({
    action: 'removal.cancel',
    entityType: 'removal_decision',
    entityId: id,
    personId: row.person_id,
  });
}

/** What forbids carrying out this removal today (the same answer the removal page shows). */
export async function barsOf(
  ctx: UseCaseContext,
  row: {
    person_id: string;
    state: string;
    appeal_protective_last_day: string | null;
    voluntary_departure_until: string | null;
  },
  on: string,
) {
  const [protections, procedure] = await Promise.all([
    activeProtections(ctx, row.person_id, on),
    removalGuardFor(ctx, [row.person_id]),
  ]);
  return executionBars(
    {
      state: row.state as RemovalState,
      appealProtectiveLastDay: row.appeal_protective_last_day,
      voluntaryDepartureUntil: row.voluntary_departure_until,
    },
    protections,
    procedure,
    on,
  );
}

/** The point of no return (LFIP Art. 4): refused, and the refusal audited, while any bar stands. */
export async function carryOut(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; carriedOutOn: string },
) {
  const actor = requireActor(ctx);
  if (input.carriedOutOn !== ctx.today)
    throw invalid([
      {
        field: 'carriedOutOn',
        message: 'a removal is recorded on the day it is carried out',
        code: 'not_today',
      },
    ]);
  const seen = await loadRemovalInScope(ctx, id, 'removal.carry_out');
  // Lock order: person, then the person's cases, then the decision.
  await repo.lockPerson(ctx.trx, seen.person_id);
  await repo.lockCasesOfPerson(ctx.trx, seen.person_id);
  const row = await repo.findRemoval(ctx.trx, id, true);
  if (!row) throw notFound('Removal decision');
  checkVersion(row, input.version);
  const bars = await barsOf(ctx, row, input.carriedOutOn);
  if (bars.length) {
    const first = bars[0]!;
    throw new AuditedFailure(
      [
        {
          action: 'removal.carry_out',
          entityType: 'removal_decision',
          entityId: id,
          personId: row.person_id,
          outcome: 'denied',
          details: { bars },
        },
      ],
      'RULE_VIOLATION',
      `The removal may not be carried out: ${bars.map((b) => b.rule).join(', ')}`,
      bars.map((b) => ({ field: 'removal', message: b.bar, code: b.rule })),
      { rule: first.rule, bars },
    );
  }
  await repo.updateRemoval(ctx.trx, id, { state: 'carried_out', carried_out_on: input.carriedOutOn });
  await endDetentionOnRemoval(ctx, row.person_id, input.carriedOutOn);
  await repo.insertEvent(ctx.trx, {
    removal_id: id,
    kind: 'carry_out',
    occurred_on: input.carriedOutOn,
    details: { destination: row.destination_country },
    actor_user_id: actor.userId,
  });
  ctx.audit({
    action: 'removal.carry_out',
    entityType: 'removal_decision',
    entityId: id,
    personId: row.person_id,
    details: { destination: row.destination_country },
  });
  return row.person_id;
}

export async function recordProtection(
  ctx: UseCaseContext,
  personId: string,
  input: { ground: Art55Ground; recordedOn: string; until?: string | null | undefined; basis: string },
) {
  const actor = requireActor(ctx);
  notInFuture(input.recordedOn, ctx.today, 'recordedOn');
  if (input.until && input.until < input.recordedOn)
    throw invalid([{ field: 'until', message: 'is before the start' }]);
  await loadPersonInScope(ctx, personId, 'removal.protection');
  await repo.lockPerson(ctx.trx, personId);
  const { id } = await repo.insertProtection(ctx.trx, {
    person_id: personId,
    ground: input.ground,
    recorded_on: input.recordedOn,
    until: input.until ?? null,
    basis: input.basis,
    recorded_by: actor.userId,
  });
  ctx.audit({
    action: 'removal.protection',
    entityType: 'removal_protection',
    entityId: id,
    personId,
    details: { ground: input.ground },
  });
  return id;
}

export async function endProtection(ctx: UseCaseContext, protectionId: string, endedOn: string) {
  notInFuture(endedOn, ctx.today, 'endedOn');
  const p = await repo.findProtection(ctx.trx, protectionId);
  if (!p) throw notFound('Protection');
  await loadPersonInScope(ctx, p.person_id, 'removal.protection_end');
  await repo.lockPerson(ctx.trx, p.person_id);
  if (p.ended_on) throw conflict('The protection has ended');
  if (endedOn < p.recorded_on)
    throw invalid([{ field: 'endedOn', message: 'is before the protection began' }]);
  await repo.endProtection(ctx.trx, protectionId, endedOn);
  ctx.audit({
    action: 'removal.protection_end',
    entityType: 'removal_protection',
    entityId: protectionId,
    personId: p.person_id,
    details: { ground: p.ground },
  });
}

/** Alternatives imposed instead of detention (Art. 57/A), tied to the removal decision. */
export async function imposeAlternatives(
  ctx: UseCaseContext,
  removalId: string,
  alternatives: Alternative[],
) {
  const actor = requireActor(ctx);
  const removal = await loadRemovalInScope(ctx, removalId, 'removal.alternatives');
  for (const [i, a] of alternatives.entries())
    notInFuture(a.startsOn, ctx.today, `alternatives[${i}].startsOn`);
  await detentions.insertAlternatives(
    ctx.trx,
    alternatives.map((a) => ({
      person_id: removal.person_id,
      detention_id: null,
      removal_id: removalId,
      kind: a.kind,
      starts_on: a.startsOn,
      ends_on: a.endsOn ?? null,
      details: a.details ?? null,
      imposed_by: actor.userId,
    })),
  );
  ctx.audit({
    action: 'removal.alternatives',
    entityType: 'removal_decision',
    entityId: removalId,
    personId: removal.person_id,
    details: { kinds: alternatives.map((a) => a.kind) },
  });
}
