// The public-holiday calendar that legal periods are counted with, maintained per year by an
// administrator. When a year changes, the open clocks it touches are counted again in the same
// transaction, so no worklist shows a last day computed from an outdated calendar.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import {
  computeDeadline,
  holidayCalendar,
  type HolidayCalendar,
  type HolidayKind,
} from '../../domain/procedure/periods.ts';
import { ruleInForce, type LimitCode } from '../../domain/procedure/time-limits.ts';
import { countingSettings } from './counting-settings.ts';
import { AppError } from '../../core/errors.ts';
import * as repo from './calendar.repository.ts';
import { updateClockDeadline } from '../cases/cases.repository.ts';
import * as removals from '../removal/removal.repository.ts';

export async function loadCalendar(db: Kysely<Database> | Transaction<Database>): Promise<HolidayCalendar> {
  const { holidays, years } = await repo.allHolidays(db);
  return holidayCalendar(holidays, years);
}

export async function yearView(ctx: UseCaseContext, year: number) {
  const [holidays, confirmation] = await Promise.all([
    repo.holidaysOfYear(ctx.trx, year),
    repo.yearConfirmation(ctx.trx, year),
  ]);
  return {
    year,
    maintained: confirmation !== undefined,
    confirmedBy: confirmation?.confirmed_by ?? null,
    holidays: holidays.map((h) => ({ date: h.day, kind: h.kind, name: h.name, source: h.source })),
  };
}

export async function maintainYear(
  ctx: UseCaseContext,
  year: number,
  input: { holidays: { date: string; kind: HolidayKind; name: string; source: string }[] },
) {
  const outside = input.holidays.findIndex((h) => !h.date.startsWith(`${year}-`));
  if (outside >= 0)
    throw new AppError('VALIDATION', undefined, [
      { field: `holidays[${outside}].date`, message: `is not in ${year}` },
    ]);
  for (const h of input.holidays)
    await repo.upsertHoliday(ctx.trx, { day: h.date, kind: h.kind, name: h.name, source: h.source });
  await repo.confirmYear(ctx.trx, year, ctx.actor?.username ?? 'system');
  const recounted = await recountClocks(ctx, year);
  ctx.audit({
    action: 'calendar.maintain',
    entityType: 'holiday_year',
    entityId: String(year),
    details: { holidays: input.holidays.length, recounted },
  });
  return { ...(await yearView(ctx, year)), recountedClocks: recounted };
}

async function recountClocks(ctx: UseCaseContext, year: number): Promise<number> {
  const calendar = await loadCalendar(ctx.trx);
  let changed = 0;
  for (const clock of await repo.openClocksTouchingYear(ctx.trx, year)) {
    const columns = deadlineColumns(clock.code as LimitCode, clock.started_on, calendar);
    await updateClockDeadline(ctx.trx, clock.id, columns);
    if (columns.last_day !== clock.last_day) changed += 1;
  }
  // Removal decisions keep their appeal window and the court's deadline on their own row.
  for (const r of await removals.openWindowsTouchingYear(ctx.trx, year)) {
    if (r.state === 'notified' && r.notified_on) {
      const w = deadlineColumns('T12-appeal', r.notified_on, calendar);
      await removals.updateRemoval(ctx.trx, r.id, {
        appeal_last_day: w.last_day,
        appeal_protective_last_day: w.protective_last_day,
      });
      if (w.last_day !== r.appeal_last_day) changed += 1;
    } else if (r.appeal_lodged_on) {
      const due = deadlineColumns('T12-decision', r.appeal_lodged_on, calendar).last_day;
      await removals.updateRemoval(ctx.trx, r.id, { appeal_decision_due: due });
      if (due !== r.appeal_decision_due) changed += 1;
    }
  }
  return changed;
}

/**
 * A clock's last days, counted under the rule in force on its starting day with this calendar:
 * the columns of case_clock that depend on the rule and the calendar.
 */
export function deadlineColumns(code: LimitCode, startedOn: string, calendar: HolidayCalendar) {
  const rule = ruleInForce(code, startedOn);
  if (!rule) throw new AppError('RULE_VIOLATION', `No ${code} rule is in force on ${startedOn}`);
  const d = computeDeadline(rule, startedOn, calendar, countingSettings());
  return {
    rule_id: rule.id,
    started_on: startedOn,
    nominal_last_day: d.nominalLastDay,
    last_day: d.lastDay,
    protective_last_day: d.protectiveLastDay,
    flags: d.flags,
  };
}
