// The public-holiday calendar that legal periods are counted with, maintained per year by an
// administrator. When a year changes, the open clocks it touches are counted again in the same
// transaction (by the modules that own them, through the calendar.year-maintained hook), so no
// worklist shows a last day computed from an outdated calendar.
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
import { runHook } from '../../core/hooks.ts';

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

/** Every module that keeps last days counted with the calendar counts them again (in this transaction). */
async function recountClocks(ctx: UseCaseContext, year: number): Promise<number> {
  const calendar = await loadCalendar(ctx.trx);
  const changed = await runHook(ctx, 'calendar.year-maintained', { year, calendar });
  return changed.reduce((sum, n) => sum + n, 0);
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
