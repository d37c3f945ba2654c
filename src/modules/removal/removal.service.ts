// Removal decisions (LFIP Arts. 52-56): the decision, its notification (which opens the appeal
// window and any voluntary-departure period), the appeal and its outcome, withdrawal. Carrying a
// decision out is removal.execution.ts; the Art. 55 protections are protections.service.ts.
import { addDays } from '../../domain/calendar.ts';
import {
  voluntaryDepartureBar,
  type RemovalGround,
  type RemovalState,
} from '../../domain/removal/removal.ts';
import { ruleInForce } from '../../domain/procedure/time-limits.ts';
import { ROLE_SCOPE } from '../../domain/access.ts';
import { notInFuture } from '../../core/dates.ts';
import { AccessDenied, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, invalid, notFound, type FieldProblem } from '../../core/errors.ts';
import { deadlineColumns, loadCalendar } from '../calendar/calendar.service.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import * as detentions from '../detention/records.service.ts';
import type { Alternative } from '../detention/detention.service.ts';
import { activeProtections, art55GroundsAssessed } from './protections.service.ts';
import * as repo from './removal.repository.ts';
import { lockPersons } from '../persons/records.service.ts';
import type { RemovalDecisionRow } from '../../db/schema.ts';

export interface OrderInput {
  personId: string;
  grounds: RemovalGround[];
  destinationCountry?: string | null | undefined;
  decidedOn: string;
  apprehendedAt?: string | null | undefined;
  voluntaryDepartureDays?: number | null | undefined;
  abscondingRisk: boolean;
  art55Assessment?: string | null | undefined;
}

export function ruleViolation(
  detail: string,
  rule: string,
  fields: FieldProblem[],
  extra: Record<string, unknown> = {},
) {
  return new AppError('RULE_VIOLATION', detail, fields, { rule, ...extra });
}

export async function loadRemovalInScope(ctx: UseCaseContext, id: string, action: string, lock = false) {
  const actor = requireActor(ctx);
  const row = await repo.findRemoval(ctx.trx, id, lock);
  if (!row) throw notFound('Removal decision');
  const scope = ROLE_SCOPE[actor.role];
  if (!(scope === 'national' || (scope === 'province' && actor.provinceCode === row.province_code)))
    throw new AccessDenied(
      { action, entityType: 'removal_decision', entityId: id, personId: row.person_id },
      'Removal decision',
    );
  return row;
}

export function checkVersion(row: { version: number }, version: number) {
  if (row.version !== version)
    throw new AppError('STALE_VERSION', `The decision is at version ${row.version}`);
}

interface Step {
  action: string;
  from: readonly RemovalState[];
  version: number;
  on: string;
  field: string;
  /** The date the act may not precede, and what it is. */
  notBefore: (row: RemovalDecisionRow) => [string | null, string];
}

/** Loads and locks the decision for a step: scope, version, state and date checked. */
async function beginStep(ctx: UseCaseContext, id: string, step: Step) {
  notInFuture(step.on, ctx.today, step.field);
  const row = await loadRemovalInScope(ctx, id, `removal.${step.action}`, true);
  checkVersion(row, step.version);
  if (!step.from.includes(row.state))
    throw ruleViolation(`Not possible for a decision that is ${row.state}`, 'STATE', [], {
      state: row.state,
    });
  const [earliest, what] = step.notBefore(row);
  if (earliest && step.on < earliest) throw invalid([{ field: step.field, message: `is before ${what}` }]);
  return row;
}

/** Appends the event and the audit entry of a step. */
async function recordStep(
  ctx: UseCaseContext,
  row: { id: string; person_id: string },
  kind: string,
  on: string,
  details: Record<string, unknown>,
) {
  const actor = requireActor(ctx);
  await repo.insertEvent(ctx.trx, {
    removal_id: row.id,
    kind,
    occurred_on: on,
    details,
    actor_user_id: actor.userId,
  });
  ctx.audit({
    action: `removal.${kind}`,
    entityType: 'removal_decision',
    entityId: row.id,
    personId: row.person_id,
    details,
  });
}

export async function orderRemoval(ctx: UseCaseContext, input: OrderInput): Promise<string> {
  const actor = requireActor(ctx);
  notInFuture(input.decidedOn, ctx.today, 'decidedOn');
  const person = await loadPersonInScope(ctx, input.personId, 'removal.order');
  await lockPersons(ctx, [person.id]);
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
  const assessed = await art55GroundsAssessed(ctx, person.id, input.art55Assessment);
  const bar =
    input.voluntaryDepartureDays != null ? voluntaryDepartureBar(input.grounds, input.abscondingRisk) : null;
  if (bar)
    throw ruleViolation('LFIP Art. 56 allows no voluntary-departure period here', 'LFIP-56', [
      { field: 'voluntaryDepartureDays', message: `not granted: ${bar}`, code: bar },
    ]);
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
  await recordStep(ctx, { id, person_id: person.id }, 'order', input.decidedOn, {
    grounds: input.grounds,
    late,
    ...(assessed.length
      ? { art55Assessment: { needs: assessed, text: input.art55Assessment?.trim() ?? '' } }
      : {}),
  });
  return id;
}

export async function notify(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; notifiedOn: string; exitPermitNumber?: string | null | undefined },
) {
  const row = await beginStep(ctx, id, {
    action: 'notify',
    from: ['decided'],
    version: input.version,
    on: input.notifiedOn,
    field: 'notifiedOn',
    notBefore: (r) => [r.decided_on, 'the decision'],
  });
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
  await recordStep(ctx, row, 'notify', input.notifiedOn, {
    appealLastDay: window.last_day,
    rule: window.rule_id,
  });
}

export async function lodgeAppeal(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; lodgedOn: string },
) {
  const row = await beginStep(ctx, id, {
    action: 'appeal',
    from: ['notified'],
    version: input.version,
    on: input.lodgedOn,
    field: 'lodgedOn',
    notBefore: (r) => [r.notified_on, 'the notification'],
  });
  // The court rules on a late appeal; until it does, the appeal suspends removal like any other.
  const late = row.appeal_last_day !== null && input.lodgedOn > row.appeal_last_day;
  const due = deadlineColumns('T12-decision', input.lodgedOn, await loadCalendar(ctx.trx));
  await repo.updateRemoval(ctx.trx, id, {
    state: 'under_appeal',
    appeal_lodged_on: input.lodgedOn,
    appeal_decision_due: due.last_day,
  });
  await recordStep(ctx, row, 'appeal', input.lodgedOn, { late, decisionDue: due.last_day });
}

export async function recordAppealOutcome(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; decidedOn: string; outcome: 'upheld' | 'annulled' },
) {
  const row = await beginStep(ctx, id, {
    action: 'appeal_outcome',
    from: ['under_appeal'],
    version: input.version,
    on: input.decidedOn,
    field: 'decidedOn',
    notBefore: (r) => [r.appeal_lodged_on, 'the appeal'],
  });
  await repo.updateRemoval(ctx.trx, id, {
    state: input.outcome === 'upheld' ? 'enforceable' : 'annulled',
    appeal_outcome: input.outcome,
    appeal_decided_on: input.decidedOn,
    ...(input.outcome === 'annulled' ? { closed_reason: 'annulled_by_court' } : {}),
  });
  await recordStep(ctx, row, 'appeal_outcome', input.decidedOn, { outcome: input.outcome });
}

export async function cancelRemoval(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; on: string; reason: string },
) {
  const row = await beginStep(ctx, id, {
    action: 'cancel',
    from: ['decided', 'notified', 'under_appeal', 'enforceable'],
    version: input.version,
    on: input.on,
    field: 'on',
    notBefore: (r) => [r.decided_on, 'the decision'],
  });
  await repo.updateRemoval(ctx.trx, id, { state: 'cancelled', closed_reason: input.reason });
  await recordStep(ctx, row, 'cancel', input.on, { reason: input.reason });
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
  await detentions.imposeAlternatives(
    ctx,
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
