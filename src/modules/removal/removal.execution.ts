// The point of no return (LFIP Art. 4): carrying out a removal. The bars are checked inside the
// transaction that records the removal, with the person, every protection case of the person and
// the decision locked, so a status or a new application racing with the removal is either seen
// by it or waits for it (and is then refused: the person has been removed).
import { executionBars, type RemovalState } from '../../domain/removal/removal.ts';
import { AuditedFailure, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { invalid, notFound } from '../../core/errors.ts';
import { removalGuardFor } from '../cases/cases.view.ts';
import { endDetentionOnRemoval } from '../detention/detention.service.ts';
import { activeProtections } from './protections.service.ts';
import * as repo from './removal.repository.ts';
import { lockPersons } from '../persons/records.service.ts';
import { checkVersion, loadRemovalInScope } from './removal.service.ts';

/** What forbids carrying out this removal today (the same answer the removal page shows). */
export async function barsOf(
  ctx: UseCaseContext,
  row: {
    person_id: string;
    state: RemovalState;
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
      state: row.state,
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
  await lockPersons(ctx, [seen.person_id]);
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
