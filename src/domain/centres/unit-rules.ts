// Who may be placed in which unit of a centre. Pure: the service locks the unit, gathers the
// facts and asks here; the database's capacity check is the second line of defence.
import { ageOn } from '../calendar.ts';

export const CENTRE_KINDS = ['reception', 'removal', 'temporary_accommodation'] as const;
export type CentreKind = (typeof CENTRE_KINDS)[number];

export const OPERATORS = ['authority', 'partner'] as const;

/** Wings and rooms are adult units; family units hold one family; child units only children. */
export const UNIT_TYPES = ['wing', 'room', 'family', 'child'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_SEXES = ['female', 'male'] as const;

/** Codes that mark an unaccompanied child (LFIP Art. 66, Art. 67; proGres SC-UC). */
export const UNACCOMPANIED_CHILD_CODES = ['LFIP67-UNACCOMPANIED_MINOR', 'SC-UC'] as const;

export const UNIT_RULES = [
  'unit_single_sex',
  'unit_children_only',
  'child_not_in_adult_unit',
  'unaccompanied_child_needs_child_unit',
  'family_unit_for_families',
  'family_unit_taken',
] as const;
export type UnitRule = (typeof UNIT_RULES)[number];

export interface Newcomer {
  personId: string;
  sex: 'female' | 'male' | 'other';
  /** null when the date of birth is unknown. */
  dateOfBirth: string | null;
  unaccompaniedChild: boolean;
}

export interface UnitFacts {
  unitType: UnitType;
  sexRestriction: 'female' | 'male' | null;
  /** The admissions already in the unit (a family unit holds one at a time). */
  admissionsPresent: readonly string[];
}

export interface UnitRefusal {
  personId: string;
  rule: UnitRule;
}

export const ADULT_AGE = 18;

export function isChild(person: Pick<Newcomer, 'dateOfBirth'>, on: string): boolean {
  return person.dateOfBirth !== null && ageOn(person.dateOfBirth, on) < ADULT_AGE;
}

/**
 * Why each person of a group admitted together may not go into this unit (empty when all may).
 * A group stays together: the whole group goes into one unit or none does.
 */
export function unitRefusals(
  unit: UnitFacts,
  group: readonly Newcomer[],
  on: string,
  admissionId: string | null = null,
): UnitRefusal[] {
  const refusals: UnitRefusal[] = [];
  const hasAdult = group.some((p) => !isChild(p, on));
  for (const person of group) {
    const child = isChild(person, on);
    const refuse = (rule: UnitRule) => refusals.push({ personId: person.personId, rule });
    if (unit.sexRestriction && person.sex !== unit.sexRestriction) refuse('unit_single_sex');
    if (unit.unitType === 'child' && !child) refuse('unit_children_only');
    if (child && (unit.unitType === 'wing' || unit.unitType === 'room')) refuse('child_not_in_adult_unit');
    // A child without an adult of their own family goes to a child unit, whatever the records say.
    if (child && (person.unaccompaniedChild || !hasAdult) && unit.unitType !== 'child')
      refuse('unaccompanied_child_needs_child_unit');
  }
  if (unit.unitType === 'family') {
    const first = group[0]?.personId ?? '';
    if (group.length < 2) refusals.push({ personId: first, rule: 'family_unit_for_families' });
    if (unit.admissionsPresent.some((a) => a !== admissionId))
      refusals.push({ personId: first, rule: 'family_unit_taken' });
  }
  return dedupe(refusals);
}

function dedupe(refusals: UnitRefusal[]): UnitRefusal[] {
  const seen = new Set<string>();
  return refusals.filter((r) => {
    const key = `${r.personId}:${r.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Compulsory schooling in Türkiye covers 12 years; a child of 6 to 17 is of school age. */
export const SCHOOL_AGE = { from: 6, to: 17 } as const;

export function isSchoolAge(dateOfBirth: string | null, on: string): boolean {
  if (dateOfBirth === null) return false;
  const age = ageOn(dateOfBirth, on);
  return age >= SCHOOL_AGE.from && age <= SCHOOL_AGE.to;
}

/** Waiting-list order: persons with special needs first (LFIP Art. 67, Art. 95), then by date. */
export function waitingOrder(
  a: { vulnerable: boolean; requestedOn: string; createdAt: string },
  b: { vulnerable: boolean; requestedOn: string; createdAt: string },
): number {
  if (a.vulnerable !== b.vulnerable) return a.vulnerable ? -1 : 1;
  return a.requestedOn.localeCompare(b.requestedOn) || a.createdAt.localeCompare(b.createdAt);
}
