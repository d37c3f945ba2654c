// Starts and closes a case's legal clocks after an action, each counted under the rule in force
// on its starting day with the maintained holiday calendar.
import type { UseCaseContext } from '../../core/use-case.ts';
import type { ProtectionCaseRow } from '../../db/schema.ts';
import type { ClockEffects } from '../../domain/procedure/clocks.ts';
import { computeDeadline, type HolidayCalendar } from '../../domain/procedure/periods.ts';
import { ruleInForce, type LimitCode } from '../../domain/procedure/time-limits.ts';
import { loadCalendar } from '../calendar/calendar.service.ts';
import { AppError } from '../../http/errors.ts';
import { countingSettings } from '../calendar/counting-settings.ts';
import * as repo from './cases.repository.ts';

export async function applyClockEffects(
  ctx: UseCaseContext,
  row: ProtectionCaseRow,
  effects: ClockEffects,
  eventId: number,
  on: string,
  calendar: HolidayCalendar,
): Promise<void> {
  await repo.closeClocks(ctx.trx, row.id, effects.close, on, eventId);
  for (const start of effects.start) {
    const rule = ruleInForce(start.code, start.startedOn);
    if (!rule)
      throw new AppError('RULE_VIOLATION', `No ${start.code} rule is in force on ${start.startedOn}`);
    const d = computeDeadline(rule, start.startedOn, calendar, countingSettings());
    await repo.insertClock(ctx.trx, {
      case_id: row.id,
      code: start.code,
      rule_id: rule.id,
      started_on: start.startedOn,
      started_by_event_id: eventId,
      nominal_last_day: d.nominalLastDay,
      last_day: d.lastDay,
      protective_last_day: d.protectiveLastDay,
      flags: d.flags,
      province_code: row.province_code,
      vulnerable: row.vulnerable,
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
  for (const clock of await repo.clocksOfCase(ctx.trx, caseId)) {
    if (clock.started_by_event_id !== eventId) continue;
    const rule = ruleInForce(clock.code as LimitCode, startedOn);
    if (!rule) throw new AppError('RULE_VIOLATION', `No ${clock.code} rule is in force on ${startedOn}`);
    const d = computeDeadline(rule, startedOn, calendar, countingSettings());
    await repo.updateClockDeadline(ctx.trx, clock.id, {
      rule_id: rule.id,
      started_on: startedOn,
      nominal_last_day: d.nominalLastDay,
      last_day: d.lastDay,
      protective_last_day: d.protectiveLastDay,
      flags: d.flags,
    });
  }
}
