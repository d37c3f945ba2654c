import { z } from 'zod';
import { isoDate, precision, sex } from '../../core/field-schemas.ts';
import { REMOVAL_STATES } from '../../domain/removal/removal.ts';
import { centreView } from '../centres/centres.schema.ts';
import { alternativeView, detentionView } from '../detention/detention.schema.ts';
import { protectionView } from '../removal/removal.schema.ts';

export const SERVICE_CATEGORIES = [
  'health_emergency',
  'health_primary',
  'psychosocial',
  'education_enrolment',
  'education_attendance',
  'social',
  'legal_information',
] as const;

export const VISITOR_KINDS = [
  'relative',
  'lawyer',
  'legal_representative',
  'notary',
  'consular',
  'unhcr',
] as const;
export const VISIT_STATUSES = ['requested', 'scheduled', 'refused', 'held', 'cancelled'] as const;
export const REFERRAL_STATUSES = ['referred', 'accepted', 'placed', 'closed'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const residentParams = z.strictObject({ id: z.uuid(), personId: z.uuid() });

export const serviceInput = z.strictObject({
  category: z.enum(SERVICE_CATEGORIES),
  deliveredOn: isoDate,
  provider: text(200).nullish(),
  summary: text(2000).nullish(),
  healthNote: text(4000).nullish(),
});
export type ServiceInput = z.infer<typeof serviceInput>;

export const visitInput = z.strictObject({
  personId: z.uuid(),
  visitorKind: z.enum(VISITOR_KINDS),
  visitorName: text(200),
  visitorOrganisation: text(200).nullish(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  notes: text(2000).nullish(),
});
export type VisitInput = z.infer<typeof visitInput>;

export const visitDecision = z.strictObject({
  status: z.enum(['scheduled', 'refused', 'held', 'cancelled']),
  reason: z.string().max(2000).optional(),
});

export const referralInput = z.strictObject({
  referredOn: isoDate,
  institution: text(200).default('Aile ve Sosyal Hizmetler Bakanlığı (MoFSS)'),
  reference: text(100).nullish(),
  note: text(2000).nullish(),
});

export const referralUpdate = z.strictObject({
  status: z.enum(['accepted', 'placed', 'closed']),
  on: isoDate,
  reference: text(100).nullish(),
  note: text(2000).nullish(),
});

export const visitView = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  fictional: z.boolean(),
  visitorKind: z.enum(VISITOR_KINDS),
  visitorName: z.string(),
  visitorOrganisation: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(VISIT_STATUSES),
  confidential: z.boolean(),
  notes: z.string().nullable(),
  refusalReason: z.string().nullable(),
});

export const serviceView = z.object({
  id: z.uuid(),
  category: z.enum(SERVICE_CATEGORIES),
  deliveredOn: z.string(),
  deliveredBy: z.string(),
  centreName: z.string(),
  provider: z.string().nullable(),
  summary: z.string().nullable(),
  /** Present only for health staff; null otherwise, even where a note exists. */
  healthNote: z.string().nullable(),
});

export const referralView = z.object({
  id: z.uuid(),
  institution: z.string(),
  referredOn: z.string(),
  reference: z.string().nullable(),
  status: z.enum(REFERRAL_STATUSES),
  statusOn: z.string(),
  note: z.string().nullable(),
});

export const refusalReportQuery = z.strictObject({
  from: isoDate,
  to: isoDate,
  provinceCode: z.string().optional(),
});
export const refusalView = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  centreName: z.string(),
  provinceCode: z.string(),
  visitorKind: z.enum(VISITOR_KINDS),
  visitorName: z.string(),
  visitorOrganisation: z.string().nullable(),
  startsAt: z.string(),
  refusalReason: z.string(),
  refusedAt: z.string(),
  refusedBy: z.string().nullable(),
});

// The resident page and the centre board.
const personRef = z.object({ personId: z.uuid(), name: z.string(), fictional: z.boolean() });

export const residentPage = z.object({
  personId: z.uuid(),
  centreId: z.uuid(),
  name: z.string(),
  foreignerIdNumber: z.string(),
  sex,
  dateOfBirth: z.string().nullable(),
  dateOfBirthPrecision: precision,
  nationality: z.string(),
  fictional: z.boolean(),
  child: z.boolean(),
  schoolAge: z.boolean(),
  specificNeeds: z.array(z.string()),
  placements: z.array(
    z.object({
      id: z.uuid(),
      centreId: z.uuid(),
      centreName: z.string(),
      unitId: z.uuid(),
      unitName: z.string(),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
      endReason: z.string().nullable(),
      absentSince: z.string().nullable(),
      absenceReason: z.string().nullable(),
    }),
  ),
  services: z.array(serviceView),
  visits: z.array(visitView),
  referrals: z.array(referralView),
  detentions: z.array(detentionView),
  removals: z.array(
    z.object({ id: z.uuid(), reference: z.string(), state: z.enum(REMOVAL_STATES), decidedOn: z.string() }),
  ),
  protections: z.array(protectionView),
  alternatives: z.array(alternativeView),
});

export const boardView = z.object({
  centre: centreView,
  today: z.string(),
  residents: z.array(
    personRef.extend({
      placementId: z.uuid(),
      foreignerIdNumber: z.string(),
      unitId: z.uuid(),
      unitName: z.string(),
      since: z.string(),
      absentSince: z.string().nullable(),
      child: z.boolean(),
      unaccompanied: z.boolean(),
      specialNeeds: z.boolean(),
    }),
  ),
  arrivals: z.array(personRef),
  departures: z.array(personRef.extend({ reason: z.string().nullable() })),
  visitsToday: z.array(visitView),
  reviewsDue: z.array(
    personRef.extend({
      detentionId: z.uuid(),
      reference: z.string(),
      nextReviewDue: z.string(),
      mustEndBy: z.string(),
      overdue: z.boolean(),
    }),
  ),
  childrenNotEnrolled: z.array(personRef),
  unaccompaniedNotReferred: z.array(personRef),
});
