import { z } from 'zod';
import { ART55_GROUNDS, REMOVAL_GROUNDS, VOLUNTARY_DEPARTURE_DAYS } from '../../domain/removal/removal.ts';
import { ALTERNATIVE_KINDS } from '../../domain/detention/limits.ts';
import { isoDate, nationality } from '../../core/field-schemas.ts';

export const removalIdParams = z.strictObject({ id: z.uuid() });
const version = z.number().int().min(1);

export const orderInput = z.strictObject({
  personId: z.uuid(),
  grounds: z.array(z.enum(REMOVAL_GROUNDS)).min(1).max(REMOVAL_GROUNDS.length),
  destinationCountry: nationality.nullish(),
  decidedOn: isoDate,
  apprehendedAt: z.iso.datetime({ offset: true }).nullish(),
  voluntaryDepartureDays: z
    .number()
    .int()
    .min(VOLUNTARY_DEPARTURE_DAYS.min)
    .max(VOLUNTARY_DEPARTURE_DAYS.max)
    .nullish(),
  abscondingRisk: z.boolean().default(false),
  /** Why an Art. 55 ground the record shows (a specific need) does not apply: at least a sentence. */
  art55Assessment: z.string().trim().min(1).max(2000).nullish(),
});

export const notifyInput = z.strictObject({
  version,
  notifiedOn: isoDate,
  exitPermitNumber: z.string().trim().min(3).max(50).nullish(),
});
export const appealInput = z.strictObject({ version, lodgedOn: isoDate });
export const appealOutcomeInput = z.strictObject({
  version,
  decidedOn: isoDate,
  outcome: z.enum(['upheld', 'annulled']),
});
export const cancelInput = z.strictObject({
  version,
  on: isoDate,
  reason: z.string().trim().min(3).max(500),
});
export const carryOutInput = z.strictObject({ version, carriedOutOn: isoDate });

export const alternativeInput = z.strictObject({
  kind: z.enum(ALTERNATIVE_KINDS),
  startsOn: isoDate,
  endsOn: isoDate.nullish(),
  details: z.string().trim().min(1).max(1000).nullish(),
});

export const protectionInput = z.strictObject({
  ground: z.enum(ART55_GROUNDS),
  recordedOn: isoDate,
  until: isoDate.nullish(),
  basis: z.string().trim().min(3).max(1000),
});
