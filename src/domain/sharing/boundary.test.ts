import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LAWYER_FIELDS,
  SHAREABLE_FIELDS,
  boundary,
  inForce,
  project,
  type BoundaryFacts,
} from './boundary.ts';

// The data-sharing boundary between the migration authority and the organisations it works with
// (UNHCR, partners, bar associations, resettlement states; domain.md §11, §12.3). Deny by
// default: a person is seen only when shared for a purpose, with consent in force, and then only
// the fields the organisation's agreement for that purpose lists.

const OPEN: BoundaryFacts = { shared: true, consentInForce: true, agreementFields: ['name', 'phone'] };

/** A person's record as the authority holds it, with fields that may never leave it. */
const PERSON = {
  name: 'Amina Haddad',
  name_original: 'أمينة حداد',
  foreigner_id_number: '99123456789',
  date_of_birth: '1990-03-14',
  sex: 'female',
  nationality: 'SYR',
  languages: ['ar', 'tr'],
  phone: '+90 555 000 00 00',
  email: null,
  address: 'Gaziantep',
  specific_needs: ['SM-CI'],
  protection_status: 'temporary_protection',
  religion: 'not recorded here',
  interview_notes: 'never shared',
};

describe('SHAREABLE_FIELDS and LAWYER_FIELDS', () => {
  it('the fields an agreement may list are these twelve, and nothing else', () => {
    expect([...SHAREABLE_FIELDS]).toEqual([
      'name',
      'name_original',
      'foreigner_id_number',
      'date_of_birth',
      'sex',
      'nationality',
      'languages',
      'phone',
      'email',
      'address',
      'specific_needs',
      'protection_status',
    ]);
  });

  it('a lawyer sees identity, contact and the state of the case', () => {
    expect([...LAWYER_FIELDS]).toEqual([
      'name',
      'name_original',
      'foreigner_id_number',
      'date_of_birth',
      'nationality',
      'languages',
      'phone',
      'email',
      'address',
      'protection_status',
    ]);
  });

  it('a lawyer never sees specific needs or sex', () => {
    expect(LAWYER_FIELDS).not.toContain('specific_needs');
    expect(LAWYER_FIELDS).not.toContain('sex');
  });

  it('every lawyer field is a shareable field', () => {
    for (const f of LAWYER_FIELDS) expect(SHAREABLE_FIELDS).toContain(f);
  });

  it('an agreement listing the lawyer fields lets through exactly those fields of a record', () => {
    const answer = boundary({ shared: true, consentInForce: true, agreementFields: LAWYER_FIELDS });
    expect(answer.allowed).toBe(true);
    if (!answer.allowed) return;
    const seen = project(PERSON, answer.fields);
    expect(Object.keys(seen)).toEqual([...LAWYER_FIELDS]);
    expect(seen).not.toHaveProperty('specific_needs');
    expect(seen).not.toHaveProperty('sex');
  });
});

describe('boundary: deny by default', () => {
  it('not shared with the organisation for the purpose: refused, whatever the consent and agreement', () => {
    expect(boundary({ ...OPEN, shared: false })).toEqual({ allowed: false, reason: 'not_shared' });
  });

  it('shared, but the consent is not in force (never given or withdrawn): refused', () => {
    expect(boundary({ ...OPEN, consentInForce: false })).toEqual({ allowed: false, reason: 'no_consent' });
  });

  it('shared with consent, but no agreement in force for the purpose: refused', () => {
    expect(boundary({ ...OPEN, agreementFields: null })).toEqual({ allowed: false, reason: 'no_agreement' });
  });

  it('nothing at all: the first reason is that the person was not shared', () => {
    expect(boundary({ shared: false, consentInForce: false, agreementFields: null })).toEqual({
      allowed: false,
      reason: 'not_shared',
    });
  });

  it('not shared and no consent: not_shared comes before no_consent', () => {
    expect(boundary({ ...OPEN, shared: false, consentInForce: false })).toEqual({
      allowed: false,
      reason: 'not_shared',
    });
  });

  it('not shared and no agreement: not_shared comes before no_agreement', () => {
    expect(boundary({ ...OPEN, shared: false, agreementFields: null })).toEqual({
      allowed: false,
      reason: 'not_shared',
    });
  });

  it('shared, without consent or agreement: no_consent comes before no_agreement', () => {
    expect(boundary({ shared: true, consentInForce: false, agreementFields: null })).toEqual({
      allowed: false,
      reason: 'no_consent',
    });
  });
});

describe('boundary: what an allowed answer lists', () => {
  it('all three in place: the fields of the agreement', () => {
    expect(boundary(OPEN)).toEqual({ allowed: true, fields: ['name', 'phone'] });
  });

  it('the fields come in the order of SHAREABLE_FIELDS, not of the agreement', () => {
    expect(
      boundary({ ...OPEN, agreementFields: ['protection_status', 'phone', 'name', 'date_of_birth'] }),
    ).toEqual({ allowed: true, fields: ['name', 'date_of_birth', 'phone', 'protection_status'] });
  });

  it('names an agreement lists that are not shareable fields are ignored', () => {
    expect(
      boundary({ ...OPEN, agreementFields: ['religion', 'name', 'interview_notes', 'NAME', ' phone', ''] }),
    ).toEqual({ allowed: true, fields: ['name'] });
  });

  it('an agreement listing only unknown names lets nothing through', () => {
    expect(boundary({ ...OPEN, agreementFields: ['religion', 'criminal_record'] })).toEqual({
      allowed: true,
      fields: [],
    });
  });

  it('an agreement listing nothing lets nothing through', () => {
    expect(boundary({ ...OPEN, agreementFields: [] })).toEqual({ allowed: true, fields: [] });
  });

  it('a field listed twice is given once', () => {
    expect(boundary({ ...OPEN, agreementFields: ['phone', 'name', 'phone'] })).toEqual({
      allowed: true,
      fields: ['name', 'phone'],
    });
  });

  it('an agreement listing every shareable field gives all twelve, in order', () => {
    expect(boundary({ ...OPEN, agreementFields: [...SHAREABLE_FIELDS].reverse() })).toEqual({
      allowed: true,
      fields: [...SHAREABLE_FIELDS],
    });
  });

  it('a resettlement agreement may include specific needs (the RRF consent allows it, §12.3)', () => {
    const answer = boundary({ ...OPEN, agreementFields: ['name', 'specific_needs'] });
    expect(answer).toEqual({ allowed: true, fields: ['name', 'specific_needs'] });
  });
});

describe('project: the projection every shared read goes through', () => {
  it('keeps exactly the listed fields, with their values', () => {
    expect(project(PERSON, ['name', 'nationality', 'protection_status'])).toEqual({
      name: 'Amina Haddad',
      nationality: 'SYR',
      protection_status: 'temporary_protection',
    });
  });

  it('never copies a field of the record that is not listed, shareable or not', () => {
    const seen = project(PERSON, ['name']);
    expect(Object.keys(seen)).toEqual(['name']);
    expect(seen).not.toHaveProperty('religion');
    expect(seen).not.toHaveProperty('interview_notes');
    expect(seen).not.toHaveProperty('specific_needs');
  });

  it('never adds a listed field the record does not have (not even as undefined)', () => {
    const seen = project({ name: 'Amina Haddad' }, ['name', 'phone', 'email']);
    expect(seen).toEqual({ name: 'Amina Haddad' });
    expect('phone' in seen).toBe(false);
    expect('email' in seen).toBe(false);
  });

  it('a listed field held as null is passed on as null', () => {
    expect(project(PERSON, ['email', 'phone'])).toEqual({ email: null, phone: '+90 555 000 00 00' });
  });

  it('no fields listed: an empty object', () => {
    expect(project(PERSON, [])).toEqual({});
  });

  it('does not change the record', () => {
    const before = structuredClone(PERSON);
    project(PERSON, ['name']);
    expect(PERSON).toEqual(before);
  });
});

describe('inForce: an agreement, consent or power of attorney in force on a day', () => {
  const d = { from: '2026-03-01', to: '2026-03-31' };

  it('in force on its first day (from is inclusive)', () => {
    expect(inForce(d, '2026-03-01')).toBe(true);
  });

  it('in force on its last day (to is inclusive)', () => {
    expect(inForce(d, '2026-03-31')).toBe(true);
  });

  it('in force in between', () => {
    expect(inForce(d, '2026-03-15')).toBe(true);
  });

  it('not yet in force the day before it starts', () => {
    expect(inForce(d, '2026-02-28')).toBe(false);
  });

  it('no longer in force the day after it ends', () => {
    expect(inForce(d, '2026-04-01')).toBe(false);
  });

  it('without an end it stays in force from its first day on', () => {
    const open = { from: '2026-03-01', to: null };
    expect(inForce(open, '2026-02-28')).toBe(false);
    expect(inForce(open, '2026-03-01')).toBe(true);
    expect(inForce(open, '2036-12-31')).toBe(true);
  });

  it('one ending on the day it starts is in force that one day only', () => {
    const oneDay = { from: '2026-03-10', to: '2026-03-10' };
    expect(inForce(oneDay, '2026-03-09')).toBe(false);
    expect(inForce(oneDay, '2026-03-10')).toBe(true);
    expect(inForce(oneDay, '2026-03-11')).toBe(false);
  });
});

describe('boundary and project: properties', () => {
  const name = fc.oneof(fc.constantFrom(...SHAREABLE_FIELDS), fc.string({ maxLength: 12 }));
  const agreement = fc.array(name, { maxLength: 16 });
  const record = fc.dictionary(name, fc.anything(), { maxKeys: 16, noNullPrototype: true });
  const shareable = new Set<string>(SHAREABLE_FIELDS);

  it('a projection never contains a field outside the agreement (nor outside SHAREABLE_FIELDS)', () => {
    fc.assert(
      fc.property(agreement, record, (fields, rec) => {
        const answer = boundary({ shared: true, consentInForce: true, agreementFields: fields });
        expect(answer.allowed).toBe(true);
        if (!answer.allowed) return;
        const seen = project(rec, answer.fields);
        for (const key of Object.keys(seen)) {
          expect(fields).toContain(key);
          expect(shareable.has(key)).toBe(true);
        }
      }),
    );
  });

  it('a projection holds every listed shareable field the record has, with its value', () => {
    fc.assert(
      fc.property(agreement, record, (fields, rec) => {
        const answer = boundary({ shared: true, consentInForce: true, agreementFields: fields });
        if (!answer.allowed) throw new Error('expected an allowed answer');
        const seen: Record<string, unknown> = project(rec, answer.fields);
        const expected = Object.keys(rec).filter((k) => shareable.has(k) && fields.includes(k));
        expect(Object.keys(seen).sort()).toEqual(expected.sort());
        for (const k of expected) expect(seen[k]).toBe(rec[k]);
      }),
    );
  });

  it('the allowed fields are the shareable fields the agreement lists, in SHAREABLE_FIELDS order, once each', () => {
    fc.assert(
      fc.property(agreement, (fields) => {
        const answer = boundary({ shared: true, consentInForce: true, agreementFields: fields });
        if (!answer.allowed) throw new Error('expected an allowed answer');
        const positions = answer.fields.map((f) => SHAREABLE_FIELDS.indexOf(f));
        expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
        for (const f of SHAREABLE_FIELDS) expect(answer.fields.includes(f)).toBe(fields.includes(f));
      }),
    );
  });

  it('any precondition false: refused, with the first failing reason; all true: allowed', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.option(agreement, { nil: null }),
        (shared, consent, fields) => {
          const answer = boundary({ shared, consentInForce: consent, agreementFields: fields });
          if (!shared) expect(answer).toEqual({ allowed: false, reason: 'not_shared' });
          else if (!consent) expect(answer).toEqual({ allowed: false, reason: 'no_consent' });
          else if (fields === null) expect(answer).toEqual({ allowed: false, reason: 'no_agreement' });
          else expect(answer.allowed).toBe(true);
        },
      ),
    );
  });
});
