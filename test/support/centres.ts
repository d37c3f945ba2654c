// Helpers for centre tests: a centre with the usual units, and people of a given age.
import { expect } from 'vitest';
import type { Client } from './app.ts';
import { registerPerson } from './cases.ts';

let centreCounter = 0;

export const STANDARD_UNITS = [
  { name: 'Family 1', unitType: 'family', capacity: 6 },
  { name: 'Family 2', unitType: 'family', capacity: 6 },
  { name: 'Children', unitType: 'child', capacity: 10 },
  { name: 'Women', unitType: 'wing', sexRestriction: 'female', capacity: 20 },
  { name: 'Men', unitType: 'wing', sexRestriction: 'male', capacity: 20 },
];

export async function createCentre(
  admin: Client,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; units: Record<string, string> }> {
  centreCounter += 1;
  const res = await admin.post('/api/v1/centres', {
    code: `C-${process.pid % 10000}-${centreCounter}`,
    name: `Centre ${centreCounter}`,
    kind: 'reception',
    provinceCode: '34',
    operator: 'authority',
    units: STANDARD_UNITS,
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return {
    id: res.body.id,
    units: Object.fromEntries(res.body.units.map((u: any) => [u.name, u.id])),
  };
}

/** Someone born `age` years before `on`, registered in province 34. */
export function personAged(
  registrar: Client,
  age: number,
  on: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const year = Number(on.slice(0, 4)) - age - 1;
  return registerPerson(registrar, { dateOfBirth: `${year}${on.slice(4)}`, ...overrides });
}
