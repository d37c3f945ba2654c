// Rows to API shapes. Kept apart from the service so that every use case presents a person
// the same way.
import type { PersonRow } from '../../db/schema.ts';
import { runHook } from '../../core/hooks.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import { currentNeeds } from './persons.repository.ts';
import type { MatchCandidateRow } from './matches.repository.ts';
import type { HouseholdOfPerson } from './persons.hooks.ts';
import type { PersonSummary, PersonView } from './persons.schema.ts';

/** A person in a list: the columns a duplicate candidate is read with are enough. */
export function presentSummary(p: MatchCandidateRow): PersonSummary {
  return {
    id: p.id,
    foreignerIdNumber: p.foreigner_id_number,
    givenName: p.given_name,
    familyName: p.family_name,
    givenNameOriginal: p.given_name_original,
    familyNameOriginal: p.family_name_original,
    fatherName: p.father_name,
    sex: p.sex,
    dateOfBirth: p.date_of_birth,
    dateOfBirthPrecision: p.date_of_birth_precision,
    nationality: p.nationality,
    provinceCode: p.province_code,
    fictional: p.fictional,
  };
}

export function presentNewPerson(p: PersonRow, needs: PersonView['specificNeeds']): PersonView {
  return { ...presentDetails(p), specificNeeds: needs, documents: [], household: null };
}

function presentDetails(p: PersonRow): Omit<PersonView, 'specificNeeds' | 'documents' | 'household'> {
  return {
    ...presentSummary(p),
    motherName: p.mother_name,
    placeOfBirth: p.place_of_birth,
    languages: p.languages,
    phone: p.phone,
    email: p.email,
    district: p.district,
    entryType: p.entry_type,
    entryDate: p.entry_date,
    entryPlace: p.entry_place,
    registrationProvinceCode: p.registration_province_code,
    hasPhoto: p.has_photo,
    version: p.version,
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
  };
}

type Member = HouseholdOfPerson['members'][number];

/**
 * The full view of a person. `showMember` decides which household members the reader may see
 * (and records that they were shown); the others are only counted.
 */
export async function presentPerson(
  ctx: UseCaseContext,
  p: PersonRow,
  showMember: (member: Member) => boolean,
): Promise<PersonView> {
  const needs = await currentNeeds(ctx.trx, p.id);
  const [documents] = await runHook(ctx, 'person.documents', { personId: p.id });
  const [membership] = await runHook(ctx, 'person.household', { personId: p.id });
  const allMembers = membership?.members ?? [];
  const members = allMembers.filter(showMember);
  return {
    ...presentDetails(p),
    specificNeeds: needs.map((n) => ({
      code: n.code,
      note: n.note,
      recordedAt: n.recorded_at.toISOString(),
    })),
    documents: documents ?? [],
    household: membership
      ? {
          id: membership.householdId,
          principalPersonId: membership.principalPersonId,
          relationship: membership.relationship,
          hiddenMembers: allMembers.length - members.length,
          members: members.map((m) => ({
            personId: m.personId,
            relationship: m.relationship,
            givenName: m.givenName,
            familyName: m.familyName,
            foreignerIdNumber: m.foreignerIdNumber,
            dateOfBirth: m.dateOfBirth,
            dateOfBirthPrecision: m.dateOfBirthPrecision,
            sex: m.sex,
          })),
        }
      : null,
  };
}
