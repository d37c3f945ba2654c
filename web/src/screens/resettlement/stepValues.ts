// What a step's form holds, what it still lacks, and the body it sends (with the version of the
// case the officer saw and the day of the step).
import type { ResettlementCase } from '../../api/sharing-types.ts';
import type { StepName } from './steps.ts';

export interface StepValues {
  on: string;
  priority: string;
  primaryCategory: string;
  secondaryCategory: string;
  narrative: string;
  outcome: string;
  stateCode: string;
  mode: string;
  decisions: Record<string, string>;
  medical: boolean;
  orientation: boolean;
  reason: string;
}

/** The narrative a form needs before review and submission (missingForSubmission on the server). */
export const NARRATIVE_MIN = 50;

export function initialValues(c: ResettlementCase, today: string): StepValues {
  return {
    on: today,
    priority: c.priority ?? '',
    primaryCategory: c.primaryCategory ?? '',
    secondaryCategory: c.secondaryCategory ?? '',
    narrative: c.narrative ?? '',
    outcome: '',
    stateCode: '',
    mode: '',
    decisions: Object.fromEntries(c.members.map((m) => [m.personId, ''])),
    medical: false,
    orientation: false,
    reason: '',
  };
}

/** Fields of this step left empty or wrong (the field's name → true). */
export function missingValues(step: StepName, v: StepValues): Record<string, boolean> {
  const out: Record<string, boolean> = { on: !v.on };
  if (step === 'prepare_rrf') {
    out.priority = !v.priority;
    out.primaryCategory = !v.primaryCategory;
    out.secondaryCategory = !v.secondaryCategory || v.secondaryCategory === v.primaryCategory;
    out.narrative = !v.narrative.trim();
  }
  if (step === 'review') out.outcome = !v.outcome;
  if (step === 'submit') out.stateCode = !v.stateCode;
  if (step === 'state_decision') {
    out.mode = !v.mode;
    out.decisions = Object.values(v.decisions).some((d) => !d);
  }
  if (step === 'withdraw') out.reason = v.reason.trim().length < 3;
  return out;
}

/** What the form of the case still lacks before it may go to review or be submitted. */
export function formGaps(c: ResettlementCase): string[] {
  return [
    ...(c.priority ? [] : ['priority']),
    ...(c.primaryCategory ? [] : ['primaryCategory']),
    ...(c.secondaryCategory ? [] : ['secondaryCategory']),
    ...((c.narrative ?? '').trim().length >= NARRATIVE_MIN ? [] : ['narrative']),
  ];
}

/** Pre-departure steps not yet done, without which the departure is refused. */
export function departureGaps(c: ResettlementCase): string[] {
  return [
    ...(c.medicalOn ? [] : ['medicalOn']),
    ...(c.orientationOn ? [] : ['orientationOn']),
    ...(c.exitPermissionOn ? [] : ['exitPermissionOn']),
  ];
}

export function stepBody(step: StepName, v: StepValues, c: ResettlementCase): Record<string, unknown> {
  const base = { version: c.version, on: v.on };
  switch (step) {
    case 'prepare_rrf':
      return {
        ...base,
        priority: v.priority,
        primaryCategory: v.primaryCategory,
        secondaryCategory: v.secondaryCategory,
        narrative: v.narrative.trim(),
      };
    case 'review':
      return { ...base, outcome: v.outcome };
    case 'submit':
      return { ...base, stateCode: v.stateCode };
    case 'state_decision':
      return {
        ...base,
        mode: v.mode,
        members: c.members.map((m) => ({ personId: m.personId, decision: v.decisions[m.personId] })),
      };
    case 'pre_departure':
      return { ...base, medical: v.medical, orientation: v.orientation };
    case 'withdraw':
      return { ...base, reason: v.reason.trim() };
    case 'accept_referral':
    case 'send_to_review':
    case 'exit_permission':
    case 'depart':
      return base;
  }
}
