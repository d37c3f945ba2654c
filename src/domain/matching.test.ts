import { describe, expect, it } from 'vitest';
import { scoreMatch, spellingSimilarity, type MatchableIdentity } from './matching.ts';

const registered: MatchableIdentity = {
  givenName: 'Mohammed',
  familyName: 'Ahmadi',
  fatherName: 'Karim',
  givenNameOriginal: 'محمد',
  familyNameOriginal: 'احمدی',
  dateOfBirth: '1990-03-14',
  nationality: 'AFG',
};

describe('duplicate scoring', () => {
  it('scores the same person highest', () => {
    const result = scoreMatch(registered, registered);
    expect(result.reasons).toEqual(
      expect.arrayContaining(['same_name', 'same_date_of_birth', 'same_nationality', 'same_father_name']),
    );
    expect(result.score).toBe(1);
  });

  it('recognises a transliteration variant with the birth year off by one', () => {
    const result = scoreMatch(
      { ...registered, givenName: 'Muhammad', dateOfBirth: '1991-03-14' },
      registered,
    );
    expect(result.reasons).toEqual(expect.arrayContaining(['name_variant', 'birth_year_off_by_one']));
    expect(result.score).toBeGreaterThan(0.7);
  });

  it('recognises day and month swapped', () => {
    const swapped = scoreMatch(
      { ...registered, dateOfBirth: '1990-11-03' },
      { ...registered, dateOfBirth: '1990-03-11' },
    );
    expect(swapped.reasons).toContain('day_month_swapped');
  });

  it('recognises swapped name order', () => {
    const result = scoreMatch(
      {
        ...registered,
        givenName: 'Ahmadi',
        familyName: 'Mohammed',
        givenNameOriginal: null,
        familyNameOriginal: null,
      },
      registered,
    );
    expect(result.reasons).toContain('name_order_swapped');
    expect(result.score).toBeGreaterThan(0.6);
  });

  it('matches a query typed only in the original script', () => {
    const result = scoreMatch(
      { givenName: 'محمد', familyName: 'احمدی', dateOfBirth: '1990-03-14', nationality: 'AFG' },
      registered,
    );
    expect(result.reasons).toContain('same_date_of_birth');
    expect(result.score).toBeGreaterThan(0.7);
  });

  it('ranks a stranger low', () => {
    const result = scoreMatch(
      { givenName: 'Zeynep', familyName: 'Karimi', dateOfBirth: '2001-07-01', nationality: 'IRN' },
      registered,
    );
    expect(result.score).toBeLessThan(0.2);
    expect(result.reasons).toContain('different_nationality');
  });

  it('ranks a same-key different name below the true spelling', () => {
    const hassan = scoreMatch(
      { ...registered, givenName: 'Hassan' },
      { ...registered, givenName: 'Hossein' },
    );
    const hossein = scoreMatch(
      { ...registered, givenName: 'Hussein' },
      { ...registered, givenName: 'Hossein' },
    );
    expect(hossein.score).toBeGreaterThan(hassan.score);
  });

  it('compares dates of birth at the lower of the two precisions', () => {
    const yearOnly = scoreMatch(
      { ...registered, dateOfBirth: '1990-01-01', dateOfBirthPrecision: 'year' },
      registered,
    );
    expect(yearOnly.reasons).toContain('birth_date_within_precision');
    expect(yearOnly.score).toBeGreaterThanOrEqual(0.8);
    const otherYear = scoreMatch(
      { ...registered, dateOfBirth: '1995-01-01', dateOfBirthPrecision: 'year' },
      registered,
    );
    expect(otherYear.reasons).not.toContain('birth_date_within_precision');
    const month = scoreMatch(
      { ...registered, dateOfBirth: '1990-03-01', dateOfBirthPrecision: 'month' },
      registered,
    );
    expect(month.reasons).toContain('birth_date_within_precision');
  });

  it('takes a shared birth year alone as too little for a duplicate, with the father as enough', () => {
    const common = { givenName: 'Mohammad', familyName: 'Ahmadi', nationality: 'AFG' };
    const year = { dateOfBirth: '1990-01-01', dateOfBirthPrecision: 'year' as const };
    const namesAndYear = scoreMatch({ ...common, ...year }, { ...common, dateOfBirth: '1990-06-02' });
    expect(namesAndYear.reasons).toContain('birth_date_within_precision');
    expect(namesAndYear.score).toBeLessThan(0.8);
    const withFather = scoreMatch(
      { ...common, ...year, fatherName: 'Karim' },
      { ...common, dateOfBirth: '1990-06-02', fatherName: 'Kareem' },
    );
    expect(withFather.score).toBeGreaterThanOrEqual(0.8);
  });

  it("counts a father's name only when it is spelled alike, not merely on a shared key", () => {
    const person = {
      givenName: 'Omar',
      familyName: 'Mohammadi',
      dateOfBirth: '2014-07-02',
      nationality: 'AFG',
    };
    const otherFather = scoreMatch(
      { ...person, fatherName: 'Mahmoud' },
      { ...person, fatherName: 'Mohammad' },
    );
    expect(otherFather.reasons).not.toContain('same_father_name');
    const sameFather = scoreMatch({ ...person, fatherName: 'Karim' }, { ...person, fatherName: 'Kareem' });
    expect(sameFather.reasons).toContain('same_father_name');
  });

  it('neither confirms nor rules out when a date of birth is unknown', () => {
    const unknown = scoreMatch(
      { ...registered, dateOfBirth: null, dateOfBirthPrecision: 'unknown' },
      registered,
    );
    expect(unknown.reasons).toContain('birth_date_unknown');
    // Same names, father and nationality: still a likely duplicate.
    expect(unknown.score).toBeGreaterThanOrEqual(0.8);
  });

  it('measures spelling similarity across scripts', () => {
    expect(spellingSimilarity('Mohammed', 'Mohammed')).toBe(1);
    expect(spellingSimilarity('Mohammed', 'Mohamed')).toBeGreaterThan(0.8);
    expect(spellingSimilarity('Ali', 'Zeynep')).toBe(0);
  });
});
