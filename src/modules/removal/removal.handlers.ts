// What the removal module does when another module's hook asks (attached in src/wiring.ts):
// counts its appeal windows again after a holiday year is maintained, and refuses an
// application lodged for a person removed since their last recorded entry.
import { AppError } from '../../core/errors.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import type { HolidayCalendar } from '../../domain/procedure/periods.ts';
import { deadlineColumns } from '../calendar/calendar.service.ts';
import * as repo from './removal.repository.ts';

/** Removal decisions keep their appeal window and the court's deadline on their own row. */
export async function recountRemovalWindows(
  ctx: UseCaseContext,
  { year, calendar }: { year: number; calendar: HolidayCalendar },
): Promise<number> {
  let changed = 0;
  for (const r of await repo.openWindowsTouchingYear(ctx.trx, year)) {
    if (r.state === 'notified' && r.notified_on) {
      const w = deadlineColumns('T12-appeal', r.notified_on, calendar);
      await repo.updateRemoval(ctx.trx, r.id, {
        appeal_last_day: w.last_day,
        appeal_protective_last_day: w.protective_last_day,
      });
      if (w.last_day !== r.appeal_last_day) changed += 1;
    } else if (r.appeal_lodged_on) {
      const due = deadlineColumns('T12-decision', r.appeal_lodged_on, calendar).last_day;
      await repo.updateRemoval(ctx.trx, r.id, { appeal_decision_due: due });
      if (due !== r.appeal_decision_due) changed += 1;
    }
  }
  return changed;
}

/** A removed person cannot lodge until a new entry is recorded (the person rows are locked). */
export async function refuseLodgingAfterRemoval(
  ctx: UseCaseContext,
  { personIds, principalPersonId }: { personIds: readonly string[]; principalPersonId: string },
): Promise<void> {
  const removed = await repo.removedWithoutReentry(ctx.trx, [...personIds]);
  if (removed.length)
    throw new AppError(
      'RULE_VIOLATION',
      'The person was removed from Türkiye; record the new entry before lodging an application',
      removed.map((r) => ({
        field: r.person_id === principalPersonId ? 'principalPersonId' : 'members',
        message: `removed on ${r.carried_out_on} (${r.reference})`,
        code: 'person_removed',
      })),
      { rule: 'PERSON_REMOVED' },
    );
}

/** The removal decision an Art. 57 detention serves: the person's one that is still open. */
export function openRemovalDecisionOf(ctx: UseCaseContext, { personId }: { personId: string }) {
  return repo.openRemovalOf(ctx.trx, personId);
}
