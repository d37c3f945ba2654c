import { z } from 'zod';
import {
  ART55_GROUNDS,
  REMOVAL_GROUNDS,
  REMOVAL_STATES,
  VOLUNTARY_DEPARTURE_DAYS,
} from '../../domain/removal/removal.ts';
import { alternativeView, detentionView } from '../detention/detention.schema.ts';
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

// Responses.
const day = z.string();
export const protectionView = z.object({
  id: z.uuid(),
  ground: z.enum(ART55_GROUNDS),
  recordedOn: day,
  until: day.nullable(),
  endedOn: day.nullable(),
  basis: z.string(),
  recordedBy: z.string().nullable(),
  active: z.boolean(),
});

export const removalSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  personId: z.uuid(),
  provinceCode: z.string(),
  grounds: z.array(z.string()),
  destinationCountry: z.string().nullable(),
  apprehendedAt: z.string().nullable(),
  decidedOn: day,
  state: z.enum(REMOVAL_STATES),
  notifiedOn: day.nullable(),
  appealLastDay: day.nullable(),
  appealProtectiveLastDay: day.nullable(),
  appealRuleId: z.string().nullable(),
  voluntaryDepartureDays: z.number().int().nullable(),
  voluntaryDepartureUntil: day.nullable(),
  exitPermitNumber: z.string().nullable(),
  appealLodgedOn: day.nullable(),
  appealDecisionDue: day.nullable(),
  appealOutcome: z.enum(['upheld', 'annulled']).nullable(),
  appealDecidedOn: day.nullable(),
  carriedOutOn: day.nullable(),
  closedReason: z.string().nullable(),
  version: z.number().int(),
});

export const removalPage = removalSummary.extend({
  person: z.object({
    name: z.string(),
    foreignerIdNumber: z.string(),
    nationality: z.string(),
    fictional: z.boolean(),
  }),
  mayBeCarriedOut: z.boolean(),
  bars: z.array(z.object({ bar: z.string(), rule: z.string() })),
  protections: z.array(protectionView),
  events: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      occurredOn: day,
      details: z.record(z.string(), z.unknown()),
      actor: z.string().nullable(),
    }),
  ),
  detentions: z.array(detentionView),
  alternatives: z.array(alternativeView),
});

export const removalListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  personId: z.uuid(),
  name: z.string(),
  fictional: z.boolean(),
  state: z.enum(REMOVAL_STATES),
  decidedOn: day,
  appealProtectiveLastDay: day.nullable(),
  voluntaryDepartureUntil: day.nullable(),
});
/** One person's decisions are listed in full; the directorate's worklist in short. */
export const removalListView = z.union([z.array(removalSummary), z.array(removalListItem)]);
