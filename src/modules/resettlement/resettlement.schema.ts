// Response schemas of the resettlement module, which are also its OpenAPI description.
import { z } from 'zod';
import { PRIORITIES, REVIEW_OUTCOMES, STAGES } from '../../domain/resettlement/resettlement.ts';
import { SHAREABLE_FIELDS } from '../../domain/sharing/boundary.ts';

const TIMELINESS = ['on_track', 'at_risk', 'overdue', 'met', 'missed'] as const;
const day = z.string();

export const resettlementPage = z.object({
  id: z.uuid(),
  reference: z.string(),
  stage: z.enum(STAGES),
  organisationCode: z.string(),
  provinceCode: z.string(),
  identifiedOn: day,
  referralReason: z.string(),
  priority: z.enum(PRIORITIES).nullable(),
  primaryCategory: z.string().nullable(),
  secondaryCategory: z.string().nullable(),
  narrative: z.string().nullable(),
  reviewOutcome: z.enum(REVIEW_OUTCOMES).nullable(),
  submittedTo: z.string().nullable(),
  submittedOn: day.nullable(),
  targetDate: day.nullable(),
  timeliness: z.enum(TIMELINESS).nullable(),
  stateDecisionOn: day.nullable(),
  decisionMode: z.string().nullable(),
  medicalOn: day.nullable(),
  orientationOn: day.nullable(),
  exitPermissionOn: day.nullable(),
  departedOn: day.nullable(),
  closedReason: z.string().nullable(),
  version: z.number().int(),
  members: z.array(
    z.object({
      personId: z.uuid(),
      relationship: z.string(),
      stateDecision: z.string().nullable(),
      departed: z.boolean(),
      visible: z.boolean(),
      record: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      occurredOn: day,
      details: z.record(z.string(), z.unknown()),
      actor: z.string().nullable(),
    }),
  ),
});

export const pipelineItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  stage: z.enum(STAGES),
  priority: z.enum(PRIORITIES).nullable(),
  primaryCategory: z.string().nullable(),
  submittedTo: z.string().nullable(),
  submittedOn: day.nullable(),
  targetDate: day.nullable(),
  timeliness: z.enum(TIMELINESS).nullable(),
  members: z.number().int(),
  identifiedOn: day,
  fictional: z.boolean(),
});

const tally = z.object({
  submitted: z.number().int(),
  departed: z.number().int(),
  onTime: z.number().int(),
  persons: z.number().int(),
});
export const targetItem = z.object({
  priority: z.enum(PRIORITIES),
  source: z.string(),
  days: z.number().int(),
});
export const figuresView = z.object({
  byState: z.record(z.string(), tally),
  byCategory: z.record(z.string(), tally),
  byPriority: z.record(z.string(), tally),
  targets: z.array(targetItem),
});

/** The package sent to the resettlement state: only the fields its agreement lists. */
export const submissionPackageView = z.object({
  reference: z.string(),
  submittedTo: z.string(),
  submittedOn: day,
  priority: z.enum(PRIORITIES).nullable(),
  primaryCategory: z.string().nullable(),
  secondaryCategory: z.string().nullable(),
  narrative: z.string().nullable(),
  agreement: z.object({ reference: z.string(), fields: z.array(z.enum(SHAREABLE_FIELDS)) }),
  members: z.array(
    z
      .object({ relationship: z.string() })
      .catchall(z.unknown())
      .describe('The relationship and the agreed fields of each member'),
  ),
});
