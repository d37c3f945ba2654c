// The removal guard for a given day: "could this person's removal be carried out on that day, on
// what is recorded now?" A read-only question for planning; carrying out is judged again on the
// day itself (removal.execution.ts), under locks.
import { datedRemovalGuard, earliestRecordedDay } from '../../domain/removal/dated-guard.ts';
import { removalGuard } from '../../domain/procedure/non-refoulement.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import { invalid } from '../../core/errors.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { removalCaseFactsOf } from '../cases/cases.view.ts';
import * as detentions from '../detention/records.service.ts';
import { CLOSED_REMOVAL_STATES } from '../../domain/removal/removal.ts';
import * as repo from './removal.repository.ts';

export async function removalGuardOn(ctx: UseCaseContext, personId: string, on: string = ctx.today) {
  const person = await loadPersonInScope(ctx, personId, 'removal_guard.read');
  const [cases, removals, held, protections] = await Promise.all([
    removalCaseFactsOf(ctx, [personId]),
    repo.removalsOfPerson(ctx.trx, personId),
    detentions.detentionsOfPerson(ctx, personId),
    repo.protectionsOf(ctx.trx, personId),
  ]);
  // Events are often recorded after the fact: the first of them, not the record's creation, is
  // the earliest day the record can say anything about.
  const earliest = earliestRecordedDay([
    person.entry_date,
    ...cases.map((c) => c.lodgedOn),
    ...removals.map((r) => r.apprehended_at?.toISOString().slice(0, 10) ?? r.decided_on),
    ...held.map((d) => d.ordered_on),
  ]);
  if (earliest !== null && on < earliest)
    throw invalid([
      {
        field: 'on',
        message: `is before the earliest recorded event of the person (${earliest})`,
        code: 'before_first_event',
      },
    ]);
  const open = removals.find((r) => !CLOSED_REMOVAL_STATES.includes(r.state));
  const dated = datedRemovalGuard({
    on,
    cases,
    removal: open
      ? {
          state: open.state,
          appealProtectiveLastDay: open.appeal_protective_last_day,
          voluntaryDepartureUntil: open.voluntary_departure_until,
        }
      : null,
    protections: protections.map((p) => ({
      ground: p.ground,
      recordedOn: p.recorded_on,
      until: p.until,
      endedOn: p.ended_on,
    })),
  });
  // `mayBeRemoved` and `bars` keep their meaning: the protection procedure alone (LFIP Art. 4).
  const procedure = removalGuard(cases, on);
  return {
    on,
    mayBeRemoved: procedure.mayBeRemoved,
    bars: procedure.bars,
    mayBeCarriedOut: dated.mayBeCarriedOut,
    barsOnDay: dated.bars,
    removalId: open?.id ?? null,
    earliestDay: earliest,
  };
}
