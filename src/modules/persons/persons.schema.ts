import { z } from 'zod';
import { isValidForeignerId, foreignerIdProblem } from '../../domain/foreigner-id.ts';
import { isIsoDate } from '../../domain/calendar.ts';
import { isNationalityCode } from '../../domain/reference/countries.ts';
import { isProvinceCode } from '../../domain/reference/provinces.ts';
import { isSpokenLanguage } from '../../domain/reference/languages.ts';
import { isSpecificNeedCode } from '../../domain/reference/specific-needs.ts';

const name = z.string().trim().min(1).max(100);
const optionalName = name.nullish();
// Dates in the registry fall between 1900 and 2100; PostgreSQL has no year 0 and a typo such as
// 0990 or 2990 is never a real date of birth or entry.
export const isoDate = z
  .string()
  .refine(isIsoDate, 'must be a date written YYYY-MM-DD')
  .refine((d) => d >= '1900-01-01' && d <= '2100-12-31', 'must be between 1900 and 2100');

export const foreignerIdNumber = z
  .string()
  .superRefine((value, ctx) => {
    const problem = foreignerIdProblem(value);
    if (problem === 'format') ctx.addIssue({ code: 'custom', message: 'must be 11 digits' });
    if (problem === 'prefix') ctx.addIssue({ code: 'custom', message: 'must start with 99' });
    if (problem === 'check_digit')
      ctx.addIssue({ code: 'custom', message: 'check digits do not match: a digit is mistyped' });
  })
  .refine(isValidForeignerId);

export const sex = z.enum(['female', 'male', 'other']);
export const precision = z.enum(['day', 'month', 'year', 'unknown']);
export const nationality = z
  .string()
  .refine(isNationalityCode, 'must be an ISO 3166-1 alpha-3 code (XXA for stateless)');
export const provinceCode = z.string().refine(isProvinceCode, 'must be a province plate code, 01–81');
export const specificNeedCode = z.string().refine(isSpecificNeedCode, 'unknown specific-needs code');

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

export const personIdParams = z.strictObject({ id: z.uuid() });
