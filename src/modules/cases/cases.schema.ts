import { z } from 'zod';
import {
  ACCELERATION_GROUNDS,
  APPEAL_BODIES,
  APPEAL_OUTCOMES,
  CASE_STATES,
  DECISIONS,
  INADMISSIBILITY_GROUNDS,
  LODGING_CHANNELS,
  PROCEDURES,
  TP_END_GROUNDS,
  TRACKS,
  WITHDRAWAL_GROUNDS,
} from '../../domain/procedure/states.ts';
import { DEADLINE_FLAGS } from '../../domain/procedure/periods.ts';
import { REMOVAL_BARS } from '../../domain/procedure/non-refoulement.ts';
import {
  HEALTH_COVER_ABSENT,
  HEALTH_COVER_CONTINUES,
  WORK_PERMIT_UNAVAILABLE,
} from '../../domain/procedure/rights.ts';
import { LIMIT_CODES } from '../../domain/procedure/time-limits.ts';
import { RELATIONSHIPS } from '../../domain/reference/relationships.ts';
import { isSpokenLanguage } from '../../domain/reference/languages.ts';
import { isoDate, precision, provinceCode, sex } from '../../core/field-schemas.ts';

const text = (max: number) => z.string().trim().min(3).max(max);
export const caseIdParams = z.strictObject({ id: z.uuid() });
const spokenLanguage = z.string().refine(isSpokenLanguage, 'unknown language code');

export const ATTENDEES = [
  'psychologist',
  'pedagogue',
  'social_worker',
  'legal_representative',
  'guardian',
] as const;

export const lodgeInput = z.strictObject({
  track: z.enum(TRACKS),
  lodgedOn: isoDate,
  lodgedVia: z.enum(LODGING_CHANNELS),
  /** Administrators, who have no province of their own, name the directorate. */
  provinceCode: provinceCode.optional(),
  principalPersonId: z.uuid(),
  members: z
    .array(
      z.strictObject({
        personId: z.uuid(),
        relationship: z.enum(RELATIONSHIPS).exclude(['principal']),
        consentGivenOn: isoDate.optional(),
        consentDocument: z.string().trim().min(1).max(200).optional(),
      }),
    )
    .max(30)
    .default([]),
});
export type LodgeInput = z.infer<typeof lodgeInput>;

const commandSchemas = [
  z.strictObject({ action: z.literal('refer_to_province'), provinceCode }),
  z.strictObject({ action: z.literal('register') }),
  z.strictObject({ action: z.literal('accelerate'), ground: z.enum(ACCELERATION_GROUNDS) }),
  z.strictObject({ action: z.literal('return_to_regular') }),
  z.strictObject({ action: z.literal('assign_caseworker'), userId: z.uuid() }),
  z.strictObject({
    action: z.literal('schedule_interview'),
    scheduledAt: z.iso.datetime({ offset: true }),
    location: z.string().trim().max(200).optional(),
    interpreterLanguage: spokenLanguage.nullable(),
    attendees: z.array(z.enum(ATTENDEES)).max(5).default([]),
  }),
  z.strictObject({ action: z.literal('record_interview'), record: text(20000) }),
  z.strictObject({ action: z.literal('record_missed_interview'), excused: z.boolean() }),
  z.strictObject({
    action: z.literal('decide'),
    decision: z.enum(DECISIONS),
    reasons: text(10000),
    inadmissibilityGround: z.enum(INADMISSIBILITY_GROUNDS).optional(),
    withdrawalGround: z.enum(WITHDRAWAL_GROUNDS).optional(),
  }),
  z.strictObject({ action: z.literal('notify_headquarters') }),
  z.strictObject({ action: z.literal('serve_decision') }),
  z.strictObject({ action: z.literal('serve_delay_notice') }),
  z.strictObject({ action: z.literal('file_appeal'), body: z.enum(APPEAL_BODIES) }),
  z.strictObject({
    action: z.literal('record_appeal_outcome'),
    outcome: z.enum(APPEAL_OUTCOMES),
    reasons: text(10000),
  }),
  z.strictObject({ action: z.literal('finalise') }),
  z.strictObject({ action: z.literal('withdraw'), statement: text(2000) }),
  z.strictObject({
    action: z.literal('set_reporting_schedule'),
    intervalDays: z.number().int().min(1).max(366),
    firstDueOn: isoDate,
  }),
  z.strictObject({ action: z.literal('record_reporting'), dueOn: isoDate, attended: z.boolean() }),
  z.strictObject({ action: z.literal('grant_temporary_protection') }),
  z.strictObject({ action: z.literal('end_temporary_protection'), ground: z.enum(TP_END_GROUNDS) }),
] as const;

export const actionInput = z.strictObject({
  /** The version the user saw: an action on a case changed meanwhile is refused (409 STALE_VERSION). */
  version: z.number().int().min(1),
  /** The legal date of the act (notification, interview, filing…); today when left out. */
  occurredOn: isoDate.optional(),
  command: z.discriminatedUnion('action', commandSchemas),
});
export type ActionInput = z.infer<typeof actionInput>;
export type CommandInput = ActionInput['command'];

export const correctionInput = z.strictObject({
  version: z.number().int().min(1),
  occurredOn: isoDate,
  reason: text(1000),
});

const clockView = z.object({
  id: z.number(),
  code: z.enum(LIMIT_CODES),
  ruleId: z.string(),
  article: z.string(),
  amount: z.number(),
  unit: z.enum(['days', 'business_days', 'months', 'hours']),
  binding: z.boolean(),
  unverified: z.boolean(),
  startedOn: z.string(),
  nominalLastDay: z.string(),
  lastDay: z.string(),
  protectiveLastDay: z.string(),
  flags: z.array(z.enum(DEADLINE_FLAGS)),
  closedOn: z.string().nullable(),
  status: z.enum(['running', 'overdue', 'met', 'late', 'lapsed']),
  daysLeft: z.number().nullable(),
});

export const caseView = z.object({
  id: z.uuid(),
  reference: z.string(),
  track: z.enum(TRACKS),
  state: z.enum(CASE_STATES),
  /** The first day the decision is final (derived: windows run out, or the final judgment). */
  finalSince: isoDate.nullable(),
  procedure: z.enum(PROCEDURES),
  accelerationGround: z.string().nullable(),
  provinceCode: z.string(),
  lodgedProvinceCode: z.string(),
  lodgedOn: z.string(),
  lodgedVia: z.enum(LODGING_CHANNELS),
  registeredOn: z.string().nullable(),
  temporaryProtectionGrantedOn: z.string().nullable(),
  decision: z.enum(DECISIONS).nullable(),
  decisionBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
  notifiedOn: z.string().nullable(),
  inadmissibilityGround: z.string().nullable(),
  hqNotified: z.boolean(),
  pendingAppeal: z.enum(APPEAL_BODIES).nullable(),
  interviewsHeld: z.number(),
  missedInterviewsInARow: z.number(),
  missedReportingInARow: z.number(),
  reporting: z.object({
    intervalDays: z.number().nullable(),
    nextDueOn: z.string().nullable(),
    recent: z.array(z.object({ dueOn: z.string(), attended: z.boolean() })),
  }),
  delayNoticeOwed: z.boolean(),
  delayNoticeServedOn: z.string().nullable(),
  assignedCaseworker: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  vulnerable: z.boolean(),
  version: z.number(),
  lastEventOn: z.string(),
  members: z.array(
    z.object({
      personId: z.uuid(),
      role: z.enum(['principal', 'accompanying']),
      relationship: z.string(),
      consentGivenOn: z.string().nullable(),
      consentDocument: z.string().nullable(),
      foreignerIdNumber: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      givenNameOriginal: z.string().nullable(),
      familyNameOriginal: z.string().nullable(),
      dateOfBirth: z.string().nullable(),
      dateOfBirthPrecision: precision,
      sex,
      nationality: z.string(),
      fictional: z.boolean(),
    }),
  ),
  clocks: z.array(clockView),
  events: z.array(
    z.object({
      id: z.number(),
      action: z.string(),
      occurredOn: z.string(),
      recordedAt: z.string(),
      actor: z.string().nullable(),
      stateBefore: z.string().nullable(),
      stateAfter: z.string(),
      details: z.record(z.string(), z.unknown()),
      correctsEventId: z.number().nullable(),
    }),
  ),
  interviews: z.array(
    z.object({
      id: z.uuid(),
      scheduledAt: z.string(),
      location: z.string().nullable(),
      interpreterLanguage: z.string().nullable(),
      attendees: z.array(z.string()),
      status: z.string(),
      heldOn: z.string().nullable(),
      record: z.string().nullable(),
      recordWithheld: z.boolean(),
    }),
  ),
  letters: z.array(
    z.object({
      id: z.uuid(),
      language: z.string(),
      decision: z.string(),
      lastDay: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  allowedActions: z.array(z.string()),
  rights: z.object({
    workPermit: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('may_apply_from'), date: z.string(), ruleId: z.string() }),
      z.object({ kind: z.literal('status_document_is_permit') }),
      z.object({ kind: z.literal('not_available'), reason: z.enum(WORK_PERMIT_UNAVAILABLE) }),
    ]),
    healthCover: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('until'), date: z.string(), ruleId: z.string() }),
      z.object({ kind: z.literal('continues'), reason: z.enum(HEALTH_COVER_CONTINUES) }),
      z.object({ kind: z.literal('not_covered'), reason: z.enum(HEALTH_COVER_ABSENT) }),
    ]),
  }),
  removal: z.object({ mayBeRemoved: z.boolean(), bars: z.array(z.enum(REMOVAL_BARS)) }),
});
export type CaseView = z.infer<typeof caseView>;

export const caseListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  track: z.enum(TRACKS),
  state: z.enum(CASE_STATES),
  lodgedOn: z.string(),
  provinceCode: z.string(),
});

/** A legal time limit as the law sets it (`TimeLimitRule` in src/domain/procedure/time-limits.ts). */
export const timeLimitRuleView = z.object({
  id: z.string(),
  code: z.enum(LIMIT_CODES),
  amount: z.number().int(),
  unit: z.enum(['days', 'business_days', 'months', 'hours']),
  protectiveAmount: z.number().int().optional(),
  article: z.string(),
  source: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  binding: z.boolean(),
  unverified: z.boolean(),
  courtPeriod: z.boolean(),
  neverMoves: z.boolean().optional(),
  note: z.string().optional(),
});
