// Rows to API shapes. Kept apart from the service so that every use case presents a person
// the same way.
import type { Kysely, Transaction } from 'kysely';
import type { Database, IdentityDocumentRow, PersonRow } from '../../db/schema.ts';
import { renewalOpensOn, type ValidityRule } from '../../domain/document-validity.ts';
import { documentsOfPerson, validityRules } from '../documents/documents.repository.ts';
import { currentMembers, currentMembership } from '../households/households.repository.ts';
import { currentNeeds } from './persons.repository.ts';
import type { PersonSummary, PersonView } from './persons.schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function presentSummary(p: PersonRow): PersonSummary {
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

export function presentDocument(
  d: IdentityDocumentRow,
  rules: readonly ValidityRule[],
  today: string,
): PersonView['documents'][number] {
  const rule = rules.find((r) => r.id === d.validity_rule_id);
  // A document past its last day reads as expired even before anything has written that down.
  const status = d.status === 'valid' && d.expires_on < today ? 'expired' : d.status;
  const renewable = (status === 'valid' || status === 'expired') && rule;
  return {
    id: d.id,
    type: d.type,
    number: d.number,
    issuedOn: d.issued_on,
    expiresOn: d.expires_on,
    status,
    statusReason: d.status_reason,
    renewals: d.renewals,
    renewableFrom: renewable ? renewalOpensOn(rule, d.expires_on) : null,
    validityRule: {
      id: d.validity_rule_id,
      source: rule?.source ?? '',
      unverified: rule?.unverified ?? true,
    },
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

type Member = Awaited<ReturnType<typeof currentMembers>>[number];

/**
 * The full view of a person. `showMember` decides which household members the reader may see
 * (and records that they were shown); the others are only counted.
 */
export async function presentPerson(
  db: Q,
  p: PersonRow,
  today: string,
  showMember: (member: Member) => boolean,
): Promise<PersonView> {
  const [needs, documents, rules, membership] = await Promise.all([
    currentNeeds(db, p.id),
    documentsOfPerson(db, p.id),
    validityRules(db),
    currentMembership(db, p.id),
  ]);
  const allMembers = membership ? await currentMembers(db, membership.householdId) : [];
  const members = allMembers.filter(showMember);
  return {
    ...presentDetails(p),
    specificNeeds: needs.map((n) => ({
      code: n.code,
      note: n.note,
      recordedAt: n.recorded_at.toISOString(),
    })),
    documents: documents.map((d) => presentDocument(d, rules, today)),
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
