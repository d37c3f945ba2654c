// Identity-document validity as effective-dated rules. The 2019 amendment (Law 7196) moved
// validity periods to the Ministry of Interior, so a period is data with a date range, never a
// constant; a document is judged by the rule in force on its issue (or renewal) date.
import { addDays, addMonths } from './calendar.ts';

export interface ValidityRule {
  id: string;
  documentType: string;
  validityDays: number | null;
  validityMonths: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  unverified: boolean;
}

export function ruleInForce(
  rules: readonly ValidityRule[],
  documentType: string,
  onDate: string,
): ValidityRule | null {
  return (
    rules
      .filter(
        (r) =>
          r.documentType === documentType &&
          r.effectiveFrom <= onDate &&
          (r.effectiveTo === null || onDate <= r.effectiveTo),
      )
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null
  );
}

/** Last day of validity for a period starting on `from` (the issue day counts as day one). */
export function expiryFor(rule: ValidityRule, from: string): string {
  if (rule.validityDays !== null) return addDays(from, rule.validityDays - 1);
  return addDays(addMonths(from, rule.validityMonths ?? 0), -1);
}

/** A renewal extends by one more period from the day after the current expiry, or from today if lapsed. */
export function renewedExpiry(rule: ValidityRule, currentExpiry: string, today: string): string {
  const start = currentExpiry >= today ? addDays(currentExpiry, 1) : today;
  return expiryFor(rule, start);
}
