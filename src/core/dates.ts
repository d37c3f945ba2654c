// The one date check every use case shares: an act is recorded on or before the legal "today".
// One code, `date_in_future`, which the staff app translates in every language.
import { invalid, type FieldProblem } from './errors.ts';

/** The problem of a date after today, or null when the date is today, earlier, or absent. */
export function futureDateProblem(
  on: string | null | undefined,
  today: string,
  field: string,
): FieldProblem | null {
  return on && on > today ? { field, message: 'is in the future', code: 'date_in_future' } : null;
}

/** Refuses (422) a date after today. */
export function notInFuture(on: string | null | undefined, today: string, field: string): void {
  const problem = futureDateProblem(on, today, field);
  if (problem) throw invalid([problem]);
}
