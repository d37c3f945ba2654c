// The dimensions official tables are cut by, and the bands each publisher uses.
// PMM's age × sex table: 0–4, 5–9, 10–14, 15–18, 19–24, then five-year bands to 75+; UNHCR's
// Refugee Data Finder: 0–4, 5–11, 12–17, 18–59, 60+ and unknown. [domain.md §19]
import { addMonths } from '../calendar.ts';

export interface Band {
  key: string;
  /** Lowest age in the band; the band runs to the next band's lowest age. */
  from: number;
}

const fiveYearBands = (from: number, to: number): Band[] =>
  Array.from({ length: (to - from) / 5 }, (_, i) => {
    const start = from + i * 5;
    return { key: `${start}-${start + 4}`, from: start };
  });

export const PMM_AGE_BANDS: readonly Band[] = [
  { key: '0-4', from: 0 },
  { key: '5-9', from: 5 },
  { key: '10-14', from: 10 },
  { key: '15-18', from: 15 },
  { key: '19-24', from: 19 },
  ...fiveYearBands(25, 75),
  { key: '75+', from: 75 },
];

export const UNHCR_AGE_BANDS: readonly Band[] = [
  { key: '0-4', from: 0 },
  { key: '5-11', from: 5 },
  { key: '12-17', from: 12 },
  { key: '18-59', from: 18 },
  { key: '60+', from: 60 },
];

export const UNKNOWN = 'unknown';

/** The band of an age, or `unknown` where the date of birth is not known. */
export function bandOf(age: number | null, bands: readonly Band[]): string {
  if (age === null || age < 0) return UNKNOWN;
  let key = bands[0]!.key;
  for (const band of bands) if (age >= band.from) key = band.key;
  return key;
}

export const bandKeys = (bands: readonly Band[]) => [...bands.map((b) => b.key), UNKNOWN];

/** How long an application has waited on a day: 0–6 months, 6–12, 1–2 years, 2+ years. */
export const WAITING_BANDS = ['0-6m', '6-12m', '1-2y', '2y+'] as const;
export type WaitingBand = (typeof WAITING_BANDS)[number];

export function waitingBand(lodgedOn: string, asOf: string): WaitingBand {
  if (lodgedOn > addMonths(asOf, -6)) return '0-6m';
  if (lodgedOn > addMonths(asOf, -12)) return '6-12m';
  if (lodgedOn > addMonths(asOf, -24)) return '1-2y';
  return '2y+';
}

/** The dimensions a table of registered persons may be cut by (rows × columns). */
export const PERSON_DIMENSIONS = [
  'province',
  'nationality',
  'sex',
  'age_pmm',
  'age_unhcr',
  'entry_type',
] as const;
export type PersonDimension = (typeof PERSON_DIMENSIONS)[number];

/** The raw facts of a group of persons, as the repository counts them. */
export interface PersonGroup {
  province: string;
  nationality: string;
  sex: string;
  entry_type: string;
  /** Age in whole years on the "as of" day; null where the date of birth is not known. */
  age: number | null;
  n: number;
}

export function personKey(group: PersonGroup, dimension: PersonDimension): string {
  if (dimension === 'age_pmm') return bandOf(group.age, PMM_AGE_BANDS);
  if (dimension === 'age_unhcr') return bandOf(group.age, UNHCR_AGE_BANDS);
  return group[dimension];
}

/** The fixed order of a dimension's keys where it has one (bands, sexes); others sort by code. */
export function fixedKeys(dimension: PersonDimension): string[] | null {
  if (dimension === 'age_pmm') return bandKeys(PMM_AGE_BANDS);
  if (dimension === 'age_unhcr') return bandKeys(UNHCR_AGE_BANDS);
  if (dimension === 'sex') return ['female', 'male', 'other'];
  return null;
}
