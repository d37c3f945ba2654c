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

/**
 * Last day of validity of a period that starts on `from`, counted as domain.md §0.1 counts
 * every period: from the next day (the starting day is not counted), so 30 days from
 * 1 March end on 31 March; months end on the same day-number, or the month's last day.
 */
export function expiryFor(rule: ValidityRule, from: string): string {
  if (rule.validityDays !== null) return addDays(from, rule.validityDays);
  return addMonths(from, rule.validityMonths ?? 0);
}

/** A renewal adds one period to the current expiry, or runs from today if the document lapsed. */
export function renewedExpiry(rule: ValidityRule, currentExpiry: string, today: string): string {
  return expiryFor(rule, currentExpiry >= today ? currentExpiry : today);
}

/**
 * Renewal opens in the second half of a period (and stays open once lapsed), so a document
 * cannot be renewed twice in a row by a double click or a second officer.
 */
export function renewalOpensOn(rule: ValidityRule, currentExpiry: string): string {
  const periodDays = rule.validityDays ?? (rule.validityMonths ?? 0) * 30;
  return addDays(currentExpiry, -Math.floor(periodDays / 2));
}
