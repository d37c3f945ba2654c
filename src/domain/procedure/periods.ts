// How a period is counted (domain.md §0.1): from the day after the starting event; weekends and
// holidays inside the period count; a last day on a weekend or public holiday moves to the next
// working day. Business-day periods count working days only. What the sources leave open
// (half-day eves, the judicial recess) is decided by a setting and flagged on the deadline.
import { addDays, addMonths, parseIsoDate } from '../calendar.ts';
import type { TimeLimitRule } from './time-limits.ts';

export type HolidayKind = 'full' | 'half_day_eve';

export interface Holiday {
  date: string;
  kind: HolidayKind;
}

export interface HolidayCalendar {
  /** Years whose holidays (including the moving religious feasts) have been entered. */
  readonly years: ReadonlySet<number>;
  readonly days: ReadonlyMap<string, HolidayKind>;
}

export function holidayCalendar(holidays: readonly Holiday[], years: readonly number[]): HolidayCalendar {
  return { years: new Set(years), days: new Map(holidays.map((h) => [h.date, h.kind])) };
}

export interface CountingSettings {
  /** İYUK Art. 8(3) applied to the short LFIP court periods: UNVERIFIED, off by default. */
  judicialRecessExtendsCourtPeriods: boolean;
}

export const DEFAULT_COUNTING: CountingSettings = { judicialRecessExtendsCourtPeriods: false };

export const DEADLINE_FLAGS = [
  'moved_to_working_day',
  'half_day_eve_unverified',
  'judicial_recess_unverified',
  'judicial_recess_extended',
  'calendar_year_missing',
  'rule_unverified',
  'non_binding',
] as const;
export type DeadlineFlag = (typeof DEADLINE_FLAGS)[number];

export interface Deadline {
  ruleId: string;
  startedOn: string;
  /** The day the period ends before any move to a working day. */
  nominalLastDay: string;
  lastDay: string;
  /** Where the rule has a longer plausible period: the last day the guard against removal uses. */
  protectiveLastDay: string;
  flags: DeadlineFlag[];
}

function isWeekend(date: string): boolean {
  const day = parseIsoDate(date).getUTCDay();
  return day === 0 || day === 6;
}

function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && calendar.days.get(date) !== 'full';
}

function nextWorkingDay(date: string, calendar: HolidayCalendar): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

function addWorkingDays(start: string, count: number, calendar: HolidayCalendar): string {
  let day = start;
  for (let counted = 0; counted < count;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

function nominalEnd(unit: TimeLimitRule['unit'], amount: number, start: string, calendar: HolidayCalendar) {
  switch (unit) {
    case 'days':
      return addDays(start, amount);
    case 'months':
      return addMonths(start, amount);
    case 'business_days':
      return addWorkingDays(start, amount, calendar);
    case 'hours':
      // Counted from the moment of the event; as a date, the day on which the hours run out.
      return addDays(start, Math.ceil(amount / 24));
  }
}

function inJudicialRecess(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '07-20' && monthDay <= '08-31';
}

function endOf(
  rule: TimeLimitRule,
  amount: number,
  start: string,
  calendar: HolidayCalendar,
  settings: CountingSettings,
  flags: Set<DeadlineFlag>,
) {
  const nominal = nominalEnd(rule.unit, amount, start, calendar);
  const toWorkingDay = (day: string) =>
    rule.unit === 'hours' || rule.neverMoves ? day : nextWorkingDay(day, calendar);
  let last = toWorkingDay(nominal);
  if (last !== nominal) flags.add('moved_to_working_day');
  // A court period ending in the recess, or moved into it (Sat 18 July → Mon 20 July), is flagged.
  if (rule.courtPeriod && (inJudicialRecess(nominal) || inJudicialRecess(last))) {
    flags.add('judicial_recess_unverified');
    if (settings.judicialRecessExtendsCourtPeriods) {
      // Extended by 7 days counted from the day after the recess ends (1 September).
      const extended = `${nominal.slice(0, 4)}-09-07`;
      last = toWorkingDay(extended);
      if (last !== extended) flags.add('moved_to_working_day');
      flags.add('judicial_recess_extended');
    }
  }
  if (calendar.days.get(last) === 'half_day_eve') flags.add('half_day_eve_unverified');
  const years = new Set([Number(start.slice(0, 4)), Number(last.slice(0, 4))]);
  for (const year of years) if (!calendar.years.has(year)) flags.add('calendar_year_missing');
  return { nominal, last };
}

/** The last day of a period that starts with an event on `startedOn`, under `rule`. */
export function computeDeadline(
  rule: TimeLimitRule,
  startedOn: string,
  calendar: HolidayCalendar,
  settings: CountingSettings = DEFAULT_COUNTING,
): Deadline {
  const flags = new Set<DeadlineFlag>();
  if (rule.unverified) flags.add('rule_unverified');
  if (!rule.binding) flags.add('non_binding');
  const { nominal, last } = endOf(rule, rule.amount, startedOn, calendar, settings, flags);
  // The protective day's own doubts (a year not maintained, the recess) are the deadline's too.
  const protectiveFlags = new Set<DeadlineFlag>();
  const protective =
    rule.protectiveAmount === undefined
      ? last
      : endOf(rule, rule.protectiveAmount, startedOn, calendar, settings, protectiveFlags).last;
  for (const f of ['calendar_year_missing', 'judicial_recess_unverified'] as const)
    if (protectiveFlags.has(f)) flags.add(f);
  return {
    ruleId: rule.id,
    startedOn,
    nominalLastDay: nominal,
    lastDay: last,
    protectiveLastDay: protective,
    flags: DEADLINE_FLAGS.filter((f) => flags.has(f)),
  };
}
