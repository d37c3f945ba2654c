import { z } from 'zod';
import {
  isoDate,
  sex,
  precision,
  nationality,
  provinceCode,
  specificNeedCode,
} from '../../core/field-schemas.ts';
import { isSpokenLanguage } from '../../domain/reference/languages.ts';

const name = z.string().trim().min(1).max(100);
const optionalName = name.nullish();
export const duplicateOverride = z.strictObject({
  candidatePersonIds: z.array(z.uuid()).min(1).max(20),
  reason: z.string().trim().min(5).max(500),
});

export const identityFields = {
  givenName: name,
  familyName: name,
  fatherName: optionalName,
  motherName: optionalName,
  givenNameOriginal: optionalName,
  familyNameOriginal: optionalName,
  sex,
  dateOfBirth: isoDate.nullish(),
  dateOfBirthPrecision: precision.default('day'),
  placeOfBirth: z.string().trim().max(100).nullish(),
  nationality,
};

export const personInput = z
  .strictObject({
    ...identityFields,
    languages: z.array(z.string().refine(isSpokenLanguage, 'unknown language code')).max(10).default([]),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{7,20}$/, 'must be a phone number')
      .nullish(),
    email: z.email().max(200).nullish(),
    provinceCode,
    district: z.string().trim().max(100).nullish(),
    entryType: z.enum(['regular', 'irregular']),
    entryDate: isoDate.nullish(),
    entryPlace: z.string().trim().max(200).nullish(),
    specificNeeds: z.array(specificNeedCode).max(30).default([]),
    duplicateOverride: duplicateOverride.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.dateOfBirthPrecision !== 'unknown' && !p.dateOfBirth) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfBirth'],
        message: 'required unless the precision is unknown',
      });
    }
  });
export type PersonInput = z.infer<typeof personInput>;

export const personChanges = z.strictObject({
  version: z.number().int().min(1),
  phone: personInput.shape.phone,
  email: personInput.shape.email,
  provinceCode: provinceCode.optional(),
  district: z.string().trim().max(100).nullish(),
  languages: personInput.shape.languages.optional(),
  givenNameOriginal: optionalName,
  familyNameOriginal: optionalName,
});
export type PersonChanges = z.infer<typeof personChanges>;

export const matchInput = z.strictObject({
  ...identityFields,
  limit: z.number().int().min(1).max(50).default(10),
});
export type MatchInput = z.infer<typeof matchInput>;

export const matchReason = z.enum([
  'same_name',
  'name_variant',
  'name_in_other_script',
  'similar_spelling',
  'name_order_swapped',
  'same_father_name',
  'same_date_of_birth',
  'birth_year_off_by_one',
  'day_month_swapped',
  'same_birth_year',
  'birth_date_within_precision',
  'birth_date_unknown',
  'same_nationality',
  'different_nationality',
]);

export const personSummary = z.object({
  id: z.uuid(),
  foreignerIdNumber: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  givenNameOriginal: z.string().nullable(),
  familyNameOriginal: z.string().nullable(),
  fatherName: z.string().nullable(),
  sex,
  dateOfBirth: z.string().nullable(),
  dateOfBirthPrecision: precision,
  nationality: z.string(),
  provinceCode: z.string(),
  fictional: z.boolean(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const matchResponse = z.object({
  candidates: z.array(
    z.object({
      personId: z.uuid(),
      score: z.number(),
      reasons: z.array(matchReason),
      summary: personSummary,
    }),
  ),
});

export const searchQuery = z.strictObject({
  q: z.string().trim().min(2).max(100).optional(),
  dateOfBirth: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const needView = z.object({
  code: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const documentView = z.object({
  id: z.uuid(),
  type: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  status: z.enum(['valid', 'expired', 'lost', 'revoked', 'replaced']),
  statusReason: z.string().nullable(),
  renewals: z.number(),
  /** First day a renewal is accepted; null when the document can no longer be renewed. */
  renewableFrom: z.string().nullable(),
  validityRule: z.object({ id: z.string(), source: z.string(), unverified: z.boolean() }),
});

export const householdMemberView = z.object({
  personId: z.uuid(),
  relationship: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  foreignerIdNumber: z.string(),
  dateOfBirth: z.string().nullable(),
  dateOfBirthPrecision: precision,
  sex,
});

export const personView = personSummary.extend({
  motherName: z.string().nullable(),
  placeOfBirth: z.string().nullable(),
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  district: z.string().nullable(),
  entryType: z.enum(['regular', 'irregular']),
  entryDate: z.string().nullable(),
  entryPlace: z.string().nullable(),
  registrationProvinceCode: z.string(),
  hasPhoto: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  specificNeeds: z.array(needView),
  documents: z.array(documentView),
  household: z
    .object({
      id: z.uuid(),
      principalPersonId: z.uuid(),
      relationship: z.string(),
      members: z.array(householdMemberView),
      /** Members outside the reader's scope: counted, never shown. */
      hiddenMembers: z.number(),
    })
    .nullable(),
});
export type PersonView = z.infer<typeof personView>;
