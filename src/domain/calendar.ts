// Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so that no server time zone
// can move a legal date by a day.

export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = parseIsoDate(value);
  return !Number.isNaN(date.getTime()) && toIsoDate(date) === value;
}

export function addDays(isoDate: string, days: number): string {
  const d = parseIsoDate(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}

/**
 * A period in months ends on the same day-number in the last month or, where that month
 * has no such day, on its last day (domain.md §0.1).
 */
export function addMonths(isoDate: string, months: number): string {
  const d = parseIsoDate(isoDate);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return toIsoDate(target);
}

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/**
 * A date of birth is often known only to the month or the year. It is stored as a date
 * with its precision; the unknown parts are kept at the first of the month or year.
 */
export function normaliseBirthDate(value: string, precision: DatePrecision): string {
  if (precision === 'year') return `${value.slice(0, 4)}-01-01`;
  if (precision === 'month') return `${value.slice(0, 7)}-01`;
  return value;
}

/** Display form honouring precision: 1990-03-14, 1990-03, 1990. */
export function formatBirthDate(value: string | null, precision: DatePrecision): string {
  if (!value || precision === 'unknown') return '';
  if (precision === 'year') return value.slice(0, 4);
  if (precision === 'month') return value.slice(0, 7);
  return value;
}

/** Full years between a date of birth and a day, for age-based rules. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
