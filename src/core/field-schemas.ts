// Field schemas that every module's requests share: dates, codes from the reference lists,
// record ids. Each refuses what the domain would refuse, with a message a client can show.
import { z } from 'zod';
import { foreignerIdProblem, isValidForeignerId } from '../domain/foreigner-id.ts';
import { isIsoDate } from '../domain/calendar.ts';
import { isNationalityCode } from '../domain/reference/countries.ts';
import { isProvinceCode } from '../domain/reference/provinces.ts';
import { isSpecificNeedCode } from '../domain/reference/specific-needs.ts';

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

export const personIdParams = z.strictObject({ id: z.uuid() });
