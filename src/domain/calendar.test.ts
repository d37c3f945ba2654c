import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, formatBirthDate, isIsoDate, normaliseBirthDate } from './calendar.ts';
import {
  expiryFor,
  renewalOpensOn,
  renewedExpiry,
  ruleInForce,
  type ValidityRule,
} from './document-validity.ts';

describe('calendar', () => {
  it('adds months ending on the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2028-08-31', 6)).toBe('2029-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });

  it('adds days across years', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
  });

  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });

  it('keeps birth dates at their precision', () => {
    expect(normaliseBirthDate('1990-07-23', 'year')).toBe('1990-01-01');
    expect(normaliseBirthDate('1990-07-23', 'month')).toBe('1990-07-01');
    expect(formatBirthDate('1990-01-01', 'year')).toBe('1990');
    expect(ageOn('2010-11-30', '2026-11-29')).toBe(15);
    expect(ageOn('2010-11-29', '2026-11-29')).toBe(16);
  });
});

describe('document validity rules', () => {
  const rules: ValidityRule[] = [
    {
      id: 'old',
      documentType: 'ip_applicant_id',
      validityDays: null,
      validityMonths: 6,
      effectiveFrom: '2014-04-11',
      effectiveTo: '2019-12-23',
      source: 'LFIP 76',
      unverified: false,
    },
    {
      id: 'new',
      documentType: 'ip_applicant_id',
      validityDays: null,
      validityMonths: 12,
      effectiveFrom: '2019-12-24',
      effectiveTo: null,
      source: 'MoI',
      unverified: true,
    },
    {
      id: 'kb',
      documentType: 'registration_document',
      validityDays: 30,
      validityMonths: null,
      effectiveFrom: '2014-04-11',
      effectiveTo: null,
      source: 'PMM',
      unverified: true,
    },
  ];

  it('picks the rule in force on the issue date', () => {
    expect(ruleInForce(rules, 'ip_applicant_id', '2019-12-23')?.id).toBe('old');
    expect(ruleInForce(rules, 'ip_applicant_id', '2019-12-24')?.id).toBe('new');
    expect(ruleInForce(rules, 'ip_applicant_id', '2010-01-01')).toBeNull();
    expect(ruleInForce(rules, 'status_holder_id', '2026-01-01')).toBeNull();
  });

  it('counts validity from the day after issue (domain.md §0.1)', () => {
    expect(expiryFor(rules[2]!, '2026-03-01')).toBe('2026-03-31');
    expect(expiryFor(rules[2]!, '2026-11-29')).toBe('2026-12-29');
    expect(expiryFor(rules[0]!, '2019-01-31')).toBe('2019-07-31');
  });

  it('ends month periods on the same day-number or the month end, never a day early', () => {
    expect(expiryFor(rules[0]!, '2019-08-31')).toBe('2020-02-29');
    expect(expiryFor(rules[0]!, '2018-08-31')).toBe('2019-02-28');
    expect(expiryFor(rules[0]!, '2018-08-28')).toBe('2019-02-28');
    expect(expiryFor(rules[0]!, '2018-08-27')).toBe('2019-02-27');
  });

  it('renews by one more period, or from today when lapsed', () => {
    expect(renewedExpiry(rules[2]!, '2026-12-28', '2026-12-20')).toBe('2027-01-27');
    expect(renewedExpiry(rules[2]!, '2026-12-01', '2026-12-20')).toBe('2027-01-19');
  });

  it('opens renewal in the second half of a period', () => {
    expect(renewalOpensOn(rules[2]!, '2026-12-31')).toBe('2026-12-16');
    expect(renewalOpensOn(rules[0]!, '2027-06-30')).toBe('2027-04-01');
  });
});
