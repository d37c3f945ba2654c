// What the registry needs from the modules built on it, declared here and attached in
// src/wiring.ts: the person page shows documents and the household, and a change of specific
// needs reorders the worklists of the person's cases.
import type { UseCaseContext } from '../../core/use-case.ts';
import type { PersonDateOfBirthPrecision, PersonSex } from '../../db/schema.ts';
import type { PersonView } from './persons.schema.ts';

export interface HouseholdOfPerson {
  householdId: string;
  principalPersonId: string;
  relationship: string;
  members: {
    personId: string;
    relationship: string;
    givenName: string;
    familyName: string;
    foreignerIdNumber: string;
    dateOfBirth: string | null;
    dateOfBirthPrecision: PersonDateOfBirthPrecision;
    sex: PersonSex;
    provinceCode: string;
    registrationProvinceCode: string;
  }[];
}

declare module '../../core/hooks.ts' {
  interface Hooks {
    /** The person's identity documents as the person page shows them. */
    'person.documents': (
      ctx: UseCaseContext,
      input: { personId: string },
    ) => Promise<PersonView['documents']>;
    /** The person's current household with every current member, or null. */
    'person.household': (
      ctx: UseCaseContext,
      input: { personId: string },
    ) => Promise<HouseholdOfPerson | null>;
    /** The person's specific needs changed (added or removed) in this transaction. */
    'person.needs-changed': (ctx: UseCaseContext, input: { personId: string }) => Promise<void>;
  }
}
