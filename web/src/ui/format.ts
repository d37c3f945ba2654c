// Dates and numbers as officers read them. Digits stay Latin in every language, as on the
// documents they are compared with; callers wrap the results in an LTR isolate (<Ltr>).
import type { DatePrecision } from '../api/types.ts';
import type { Lang } from '../i18n.ts';

const SEPARATOR: Record<Lang, string> = { tr: '.', en: '/', ar: '/', fa: '/' };

/** `2026-11-29` as `29.11.2026` (tr) or `29/11/2026`; a month or year precision shows only that. */
export function formatDate(iso: string, lang: Lang, precision: DatePrecision = 'day'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const sep = SEPARATOR[lang];
  if (precision === 'year') return year ?? iso;
  if (precision === 'month') return `${month}${sep}${year}`;
  return `${day}${sep}${month}${sep}${year}`;
}

const istanbul = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Istanbul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A moment in Türkiye's time zone, e.g. `29.11.2026 08:45:09`. */
export function formatDateTime(iso: string, lang: Lang): string {
  const parts = Object.fromEntries(istanbul.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const date = formatDate(`${parts.year}-${parts.month}-${parts.day}`, lang);
  return `${date} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Today's date in Türkiye (UTC+3 all year), as the server reckons legal dates. */
export function todayInTurkiye(now = new Date()): string {
  return new Date(now.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
}

const istanbulTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Istanbul',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The time of day of a moment in Türkiye, e.g. `09:30`. */
export function formatTime(iso: string): string {
  return istanbulTime.format(new Date(iso));
}

/** The day of a moment in Türkiye, as an ISO date. */
export function dayInTurkiye(iso: string): string {
  return todayInTurkiye(new Date(iso));
}

/** Several labels as one phrase in the interface language (`a, b and c`, `a، b و c`). */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}
