// Starts and closes a case's legal clocks after an action, each counted under the rule in force
// on its starting day with the maintained holiday calendar.
import type { UseCaseContext } from '../../core/use-case.ts';
import type { ProtectionCaseRow } from '../../db/schema.ts';
import type { ClockEffects } from '../../domain/procedure/clocks.ts';
import type { HolidayCalendar } from '../../domain/procedure/periods.ts';
import { deadlineColumns, loadCalendar } from '../calendar/calendar.service.ts';
import { CLOCK_GROUP } from '../../domain/procedure/worklists.ts';
import * as repo from './cases.repository.ts';
import * as clocksRepo from './clocks.repository.ts';

export async function applyClockEffects(
  ctx: UseCaseContext,
  row: ProtectionCaseRow,
  effects: ClockEffects,
  eventId: number,
  on: string,
): Promise<void> {
  await clocksRepo.closeClocks(ctx.trx, row.id, effects.close, on, eventId);
  if (effects.start.length === 0) return; // most actions start no clock: no calendar to read
  const calendar = await loadCalendar(ctx.trx);
  for (const start of effects.start) {
    await clocksRepo.insertClock(ctx.trx, {
      case_id: row.id,
      code: start.code,
      started_by_event_id: eventId,
      province_code: row.province_code,
      vulnerable: row.vulnerable,
      worklist: CLOCK_GROUP[start.code],
      ...deadlineColumns(start.code, start.startedOn, calendar),
    });
  }
}

/** After a corrected date: the clocks an event started are counted again from the new date. */
export async function recountClocksStartedBy(
  ctx: UseCaseContext,
  caseId: string,
  eventId: number,
  startedOn: string,
) {
  const calendar = await loadCalendar(ctx.trx);
  for (const clock of await clocksRepo.clocksOfCase(ctx.trx, caseId)) {
    if (clock.started_by_event_id !== eventId) continue;
    await clocksRepo.updateClockDeadline(ctx.trx, clock.id, deadlineColumns(clock.code, startedOn, calendar));
  }
}

/** A maintained holiday year: every open clock whose period touches it is counted again. */
export async function recountClocksTouchingYear(
  ctx: UseCaseContext,
  { year, calendar }: { year: number; calendar: HolidayCalendar },
): Promise<number> {
  let changed = 0;
  for (const clock of await clocksRepo.openClocksTouchingYear(ctx.trx, year)) {
    const columns = deadlineColumns(clock.code, clock.started_on, calendar);
    await clocksRepo.updateClockDeadline(ctx.trx, clock.id, columns);
    if (columns.last_day !== clock.last_day) changed += 1;
  }
  return changed;
}

/** A change of a person's specific needs reorders the worklists of their open cases. */
export async function refreshVulnerability(ctx: UseCaseContext, { personId }: { personId: string }) {
  await repo.refreshVulnerabilityOf(ctx.trx, personId);
}
