import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.ts';
import {
  isChild,
  isSchoolAge,
  unitRefusals,
  waitingOrder,
  type Newcomer,
  type UnitFacts,
  type UnitRefusal,
  type UnitType,
} from './unit-rules.ts';

// Who may go into which unit of a centre (domain.md §7, §8: best interests of the unaccompanied
// child, unaccompanied children placed in children's shelters until 18, priority to persons with
// special needs). Every person below is judged on ON, a Tuesday.
const ON = '2026-03-10';

function person(
  personId: string,
  sex: Newcomer['sex'],
  dateOfBirth: string | null,
  unaccompaniedChild = false,
): Newcomer {
  return { personId, sex, dateOfBirth, unaccompaniedChild };
}

const MOTHER = person('mother', 'female', '1990-05-01'); // 35
const FATHER = person('father', 'male', '1985-11-20'); // 40
const DAUGHTER = person('daughter', 'female', '2015-06-01'); // 10
const SON = person('son', 'male', '2019-01-15'); // 7
const UNKNOWN_AGE = person('unknown', 'male', null);
/** 18 today: an adult. */
const EIGHTEEN_TODAY = person('eighteen', 'female', '2008-03-10');
/** 18 tomorrow: still a child. */
const SEVENTEEN = person('seventeen', 'female', '2008-03-11');

function unit(
  unitType: UnitType,
  sexRestriction: UnitFacts['sexRestriction'] = null,
  present: string[] = [],
) {
  return { unitType, sexRestriction, admissionsPresent: present } satisfies UnitFacts;
}

/** Refusals as 'person:rule', sorted, so that order does not matter. */
function shown(refusals: UnitRefusal[]): string[] {
  return refusals.map((r) => `${r.personId}:${r.rule}`).sort();
}

describe('isChild: under 18 on the day, an unknown date of birth counts as an adult', () => {
  it('a 10-year-old is a child, a 35-year-old is not', () => {
    expect(isChild(DAUGHTER, ON)).toBe(true);
    expect(isChild(MOTHER, ON)).toBe(false);
  });

  it('on the 18th birthday a person is an adult; the day before, a child', () => {
    expect(isChild(EIGHTEEN_TODAY, ON)).toBe(false);
    expect(isChild(EIGHTEEN_TODAY, '2026-03-09')).toBe(true);
    expect(isChild(SEVENTEEN, ON)).toBe(true);
  });

  it('no date of birth: adult', () => {
    expect(isChild(UNKNOWN_AGE, ON)).toBe(false);
  });
});

describe('unitRefusals: single-sex units', () => {
  it('a woman may go into a women’s wing, a man may not', () => {
    expect(unitRefusals(unit('wing', 'female'), [MOTHER], ON)).toEqual([]);
    expect(unitRefusals(unit('wing', 'female'), [FATHER], ON)).toEqual([
      { personId: 'father', rule: 'unit_single_sex' },
    ]);
  });

  it('a man may go into a men’s room, a woman may not', () => {
    expect(unitRefusals(unit('room', 'male'), [FATHER], ON)).toEqual([]);
    expect(shown(unitRefusals(unit('room', 'male'), [MOTHER], ON))).toEqual(['mother:unit_single_sex']);
  });

  it('a mixed group of adults into a single-sex wing: only those of the other sex are refused', () => {
    const group = [MOTHER, FATHER, person('aunt', 'female', '1970-01-01')];
    expect(shown(unitRefusals(unit('wing', 'female'), group, ON))).toEqual(['father:unit_single_sex']);
  });

  it('a unit without a sex restriction takes either sex', () => {
    expect(unitRefusals(unit('wing'), [MOTHER, FATHER], ON)).toEqual([]);
  });

  it('the restriction holds for a child unit too (a girls’ child unit refuses a boy)', () => {
    expect(shown(unitRefusals(unit('child', 'female'), [DAUGHTER, SON], ON))).toEqual([
      'son:unit_single_sex',
    ]);
  });
});

describe('unitRefusals: child units take only children', () => {
  it('an unaccompanied child goes into a child unit', () => {
    expect(unitRefusals(unit('child'), [person('uac', 'male', '2012-02-02', true)], ON)).toEqual([]);
  });

  it('siblings arriving without an adult go into a child unit together', () => {
    expect(unitRefusals(unit('child'), [DAUGHTER, SON], ON)).toEqual([]);
  });

  it('an adult is refused from a child unit', () => {
    expect(shown(unitRefusals(unit('child'), [MOTHER], ON))).toEqual(['mother:unit_children_only']);
  });

  it('a person of unknown age counts as an adult: refused from a child unit', () => {
    expect(shown(unitRefusals(unit('child'), [UNKNOWN_AGE], ON))).toEqual(['unknown:unit_children_only']);
  });

  it('a person 18 today is refused; a person 18 tomorrow is taken', () => {
    expect(shown(unitRefusals(unit('child'), [EIGHTEEN_TODAY], ON))).toEqual(['eighteen:unit_children_only']);
    expect(unitRefusals(unit('child'), [SEVENTEEN], ON)).toEqual([]);
  });

  it('a mother with her daughter cannot go into a child unit (the group stays together)', () => {
    expect(shown(unitRefusals(unit('child'), [MOTHER, DAUGHTER], ON))).toEqual(['mother:unit_children_only']);
  });
});

describe('unitRefusals: children never in an adult unit (wing or room)', () => {
  it.each(['wing', 'room'] as const)('a child with her mother is refused from a %s', (type) => {
    expect(shown(unitRefusals(unit(type), [MOTHER, DAUGHTER], ON))).toEqual([
      'daughter:child_not_in_adult_unit',
    ]);
  });

  it.each(['wing', 'room'] as const)('a child alone in a %s: adult unit and unaccompanied, both', (type) => {
    expect(shown(unitRefusals(unit(type), [DAUGHTER], ON))).toEqual([
      'daughter:child_not_in_adult_unit',
      'daughter:unaccompanied_child_needs_child_unit',
    ]);
  });

  it('a person of unknown age is an adult: may go into a wing', () => {
    expect(unitRefusals(unit('wing'), [UNKNOWN_AGE], ON)).toEqual([]);
  });

  it('a person 18 today may go into a wing; a person 18 tomorrow may not', () => {
    expect(unitRefusals(unit('wing'), [EIGHTEEN_TODAY], ON)).toEqual([]);
    expect(shown(unitRefusals(unit('wing'), [SEVENTEEN], ON))).toContain('seventeen:child_not_in_adult_unit');
  });
});

describe('unitRefusals: an unaccompanied child only in a child unit', () => {
  it('a child recorded as unaccompanied is refused from a family unit even with an adult in the group', () => {
    const uac = person('uac', 'male', '2012-02-02', true);
    expect(shown(unitRefusals(unit('family'), [MOTHER, uac], ON))).toEqual([
      'uac:unaccompanied_child_needs_child_unit',
    ]);
  });

  it('children admitted with no adult in the group are unaccompanied, whatever the flag says', () => {
    expect(shown(unitRefusals(unit('family'), [DAUGHTER, SON], ON))).toEqual([
      'daughter:unaccompanied_child_needs_child_unit',
      'son:unaccompanied_child_needs_child_unit',
    ]);
  });

  it('a child with an adult of unknown age is accompanied (the unknown-age person counts as an adult)', () => {
    expect(unitRefusals(unit('family'), [UNKNOWN_AGE, SON], ON)).toEqual([]);
  });

  it('a 17-year-old with a younger sibling is not an adult companion', () => {
    expect(shown(unitRefusals(unit('family'), [SEVENTEEN, SON], ON))).toEqual([
      'seventeen:unaccompanied_child_needs_child_unit',
      'son:unaccompanied_child_needs_child_unit',
    ]);
  });

  it('an 18-year-old sibling accompanies a child', () => {
    expect(unitRefusals(unit('family'), [EIGHTEEN_TODAY, SON], ON)).toEqual([]);
  });

  it('the unaccompanied flag on an adult changes nothing', () => {
    expect(unitRefusals(unit('wing'), [person('adult', 'female', '1990-01-01', true)], ON)).toEqual([]);
  });
});

describe('unitRefusals: family units', () => {
  it('a mother with her two children goes into an empty family unit', () => {
    expect(unitRefusals(unit('family'), [MOTHER, DAUGHTER, SON], ON)).toEqual([]);
  });

  it('a couple is a family of two', () => {
    expect(unitRefusals(unit('family'), [MOTHER, FATHER], ON)).toEqual([]);
  });

  it('one person alone is refused: family units are for groups of two or more', () => {
    expect(unitRefusals(unit('family'), [FATHER], ON).map((r) => r.rule)).toEqual([
      'family_unit_for_families',
    ]);
  });

  it('a family unit holding another admission is taken', () => {
    const refusals = unitRefusals(unit('family', null, ['adm-1']), [MOTHER, DAUGHTER], ON, 'adm-2');
    expect(refusals.map((r) => r.rule)).toEqual(['family_unit_taken']);
  });

  it('a family unit holding another admission is taken for a new admission too', () => {
    const refusals = unitRefusals(unit('family', null, ['adm-1']), [MOTHER, DAUGHTER], ON);
    expect(refusals.map((r) => r.rule)).toEqual(['family_unit_taken']);
  });

  it('the unit’s own admission (a member joining later) is not refused as taken', () => {
    expect(unitRefusals(unit('family', null, ['adm-1']), [MOTHER, DAUGHTER], ON, 'adm-1')).toEqual([]);
  });

  it('a lone person into a taken family unit: both rules', () => {
    const refusals = unitRefusals(unit('family', null, ['adm-1']), [FATHER], ON, 'adm-2');
    expect(refusals.map((r) => r.rule).sort()).toEqual(['family_unit_for_families', 'family_unit_taken']);
  });

  it.each(['wing', 'room', 'child'] as const)(
    'a %s is not limited to one admission (capacity is checked elsewhere)',
    (type) => {
      const group = type === 'child' ? [DAUGHTER, SON] : [MOTHER];
      expect(unitRefusals(unit(type, null, ['adm-1', 'adm-2', 'adm-3']), group, ON, 'adm-4')).toEqual([]);
    },
  );
});

describe('unitRefusals: properties', () => {
  const BASE = '1940-01-01';
  const dayNumber = (iso: string) => Math.round((Date.parse(iso) - Date.parse(BASE)) / 86_400_000);
  // An adult was born on or before 2008-03-10 (18 on ON); a child after it and on or before ON.
  const adultDob = fc
    .integer({ min: 0, max: dayNumber('2008-03-10') })
    .map((n): string | null => addDays(BASE, n));
  const childDob = fc
    .integer({ min: dayNumber('2008-03-11'), max: dayNumber(ON) })
    .map((n) => addDays(BASE, n));
  const sex = fc.constantFrom('female' as const, 'male' as const, 'other' as const);
  const newcomer = (dob: fc.Arbitrary<string | null>) =>
    fc.record({ personId: fc.uuid(), sex, dateOfBirth: dob, unaccompaniedChild: fc.boolean() });
  const adult = newcomer(fc.oneof(adultDob, fc.constant(null)));
  const child = newcomer(childDob);
  const anyUnit = fc.record({
    unitType: fc.constantFrom('wing' as const, 'room' as const, 'family' as const, 'child' as const),
    sexRestriction: fc.constantFrom('female' as const, 'male' as const, null),
    admissionsPresent: fc.array(fc.constantFrom('a1', 'a2', 'a3'), { maxLength: 5 }),
  });
  const admission = fc.constantFrom('a1', 'a2', 'a9', null);

  it('a group with a child and an adult never goes into a wing or a room', () => {
    fc.assert(
      fc.property(
        fc.array(adult, { minLength: 1, maxLength: 4 }),
        fc.array(child, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('wing' as const, 'room' as const),
        fc.constantFrom('female' as const, 'male' as const, null),
        admission,
        (adults, children, type, sexRestriction, adm) => {
          const group = [...adults, ...children];
          const refusals = unitRefusals(unit(type, sexRestriction), group, ON, adm);
          for (const c of children)
            expect(refusals).toContainEqual({ personId: c.personId, rule: 'child_not_in_adult_unit' });
        },
      ),
    );
  });

  it('a group with an adult never goes into a child unit', () => {
    fc.assert(
      fc.property(
        fc.array(adult, { minLength: 1, maxLength: 3 }),
        fc.array(child, { maxLength: 3 }),
        (adults, children) => {
          const refusals = unitRefusals(unit('child'), [...children, ...adults], ON);
          for (const a of adults)
            expect(refusals).toContainEqual({ personId: a.personId, rule: 'unit_children_only' });
        },
      ),
    );
  });

  it('children without an adult go nowhere but a child unit', () => {
    fc.assert(
      fc.property(
        fc.array(child, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('wing' as const, 'room' as const, 'family' as const),
        (children, type) => {
          const refusals = unitRefusals(unit(type), children, ON);
          for (const c of children)
            expect(refusals).toContainEqual({
              personId: c.personId,
              rule: 'unaccompanied_child_needs_child_unit',
            });
        },
      ),
    );
  });

  it('capacity is not this module’s concern: outside family units, who is already there changes nothing', () => {
    fc.assert(
      fc.property(
        anyUnit.filter((u) => u.unitType !== 'family'),
        fc.array(fc.oneof(adult, child), { minLength: 1, maxLength: 5 }),
        admission,
        (u, group, adm) => {
          expect(unitRefusals(u, group, ON, adm)).toEqual(
            unitRefusals({ ...u, admissionsPresent: [] }, group, ON),
          );
        },
      ),
    );
  });

  it('adults of one sex always fit a wing or room for that sex, however many', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('female' as const, 'male' as const),
        fc.array(adult, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('wing' as const, 'room' as const),
        (s, adults, type) => {
          const group = adults.map((a) => ({ ...a, sex: s }));
          expect(unitRefusals(unit(type, s, ['a1', 'a2']), group, ON)).toEqual([]);
        },
      ),
    );
  });

  it('every refusal names a member of the group, and no refusal is given twice', () => {
    fc.assert(
      fc.property(
        anyUnit,
        fc.array(fc.oneof(adult, child), { minLength: 1, maxLength: 5 }),
        admission,
        (u, g, a) => {
          const refusals = unitRefusals(u, g, ON, a);
          const ids = new Set(g.map((p) => p.personId));
          for (const r of refusals) expect(ids.has(r.personId)).toBe(true);
          expect(new Set(shown(refusals)).size).toBe(refusals.length);
        },
      ),
    );
  });
});

describe('isSchoolAge: 6 to 17 years old', () => {
  it.each([
    ['6th birthday today', '2020-03-10', true],
    ['6 tomorrow (still 5)', '2020-03-11', false],
    ['10 years old', '2015-06-01', true],
    ['17 years old, 18 tomorrow', '2008-03-11', true],
    ['18th birthday today', '2008-03-10', false],
    ['a baby', '2025-12-01', false],
    ['an adult', '1990-05-01', false],
  ] as const)('%s (born %s) → %s', (_what, dob, expected) => {
    expect(isSchoolAge(dob, ON)).toBe(expected);
  });

  it('unknown date of birth: not of school age (counts as an adult)', () => {
    expect(isSchoolAge(null, ON)).toBe(false);
  });
});

describe('waitingOrder: special needs first, then the requested date, then the time of the request', () => {
  type Entry = { id: string; vulnerable: boolean; requestedOn: string; createdAt: string };
  const e = (id: string, vulnerable: boolean, requestedOn: string, createdAt: string): Entry => ({
    id,
    vulnerable,
    requestedOn,
    createdAt,
  });
  const order = (entries: Entry[]) => [...entries].sort(waitingOrder).map((x) => x.id);

  it('a person with special needs who asked later goes before one without who asked earlier', () => {
    const early = e('early', false, '2026-01-05', '2026-01-05T08:00:00Z');
    const vulnerable = e('vulnerable', true, '2026-03-01', '2026-03-01T08:00:00Z');
    expect(order([early, vulnerable])).toEqual(['vulnerable', 'early']);
    expect(waitingOrder(vulnerable, early)).toBeLessThan(0);
    expect(waitingOrder(early, vulnerable)).toBeGreaterThan(0);
  });

  it('within each group, the earlier requested date first', () => {
    const list = [
      e('n-march', false, '2026-03-02', '2026-03-02T09:00:00Z'),
      e('v-march', true, '2026-03-02', '2026-03-02T09:00:00Z'),
      e('n-jan', false, '2026-01-15', '2026-01-15T09:00:00Z'),
      e('v-feb', true, '2026-02-10', '2026-02-10T09:00:00Z'),
    ];
    expect(order(list)).toEqual(['v-feb', 'v-march', 'n-jan', 'n-march']);
  });

  it('the requested date decides before the time the entry was made', () => {
    // Entered on 1 Mar for a request of 20 Feb (a back-dated entry) goes before one entered in February.
    const backdated = e('backdated', false, '2026-02-20', '2026-03-01T09:00:00Z');
    const entered = e('entered', false, '2026-02-25', '2026-02-25T09:00:00Z');
    expect(order([entered, backdated])).toEqual(['backdated', 'entered']);
  });

  it('same group, same day: the one entered first goes first', () => {
    const morning = e('morning', true, '2026-03-02', '2026-03-02T08:15:00Z');
    const afternoon = e('afternoon', true, '2026-03-02', '2026-03-02T14:40:00Z');
    expect(order([afternoon, morning])).toEqual(['morning', 'afternoon']);
  });

  it('an entry is level with itself', () => {
    const x = e('x', false, '2026-03-02', '2026-03-02T08:15:00Z');
    expect(waitingOrder(x, { ...x })).toBe(0);
  });

  it('property: after sorting, nobody without special needs is ahead of somebody with them', () => {
    const entry = fc.record({
      id: fc.uuid(),
      vulnerable: fc.boolean(),
      requestedOn: fc.constantFrom('2026-01-05', '2026-02-10', '2026-03-02'),
      createdAt: fc.constantFrom('2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z', '2026-03-03T08:00:00Z'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const sorted = [...entries].sort(waitingOrder);
        const firstPlain = sorted.findIndex((x) => !x.vulnerable);
        if (firstPlain >= 0) expect(sorted.slice(firstPlain).every((x) => !x.vulnerable)).toBe(true);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          if (a.vulnerable === b.vulnerable) expect(a.requestedOn <= b.requestedOn).toBe(true);
          expect(Math.sign(waitingOrder(a, b))).toBe(-Math.sign(waitingOrder(b, a)) || 0);
        }
      }),
    );
  });
});
