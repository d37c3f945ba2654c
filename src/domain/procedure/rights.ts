// Rights that follow from a case and its dates (domain.md §6, §10): when a work permit may be
// sought (T20) and until when general health insurance covers an applicant (T21).
import { addMonths } from '../calendar.ts';
import { ruleInForce } from './time-limits.ts';
import { PENDING_STATES, type CaseState, type Decision, type Procedure, type Track } from './states.ts';

export interface RightsFacts {
  track: Track;
  state: CaseState;
  procedure: Procedure;
  decision: Decision | null;
  lodgedOn: string;
  registeredOn: string | null;
  temporaryProtectionGrantedOn: string | null;
  hasSpecialNeeds: boolean;
}

export const WORK_PERMIT_UNAVAILABLE = ['accelerated_procedure', 'not_registered', 'case_closed'] as const;
export const HEALTH_COVER_CONTINUES = [
  'special_needs',
  'no_limit_when_registered',
  'status_holder',
  'temporary_protection',
] as const;
export const HEALTH_COVER_ABSENT = ['not_registered', 'case_closed'] as const;

export type WorkPermit =
  | { kind: 'may_apply_from'; date: string; ruleId: string }
  | { kind: 'status_document_is_permit' }
  | { kind: 'not_available'; reason: (typeof WORK_PERMIT_UNAVAILABLE)[number] };

export type HealthCover =
  | { kind: 'until'; date: string; ruleId: string }
  | { kind: 'continues'; reason: (typeof HEALTH_COVER_CONTINUES)[number] }
  | { kind: 'not_covered'; reason: (typeof HEALTH_COVER_ABSENT)[number] };

export function workPermit(f: RightsFacts): WorkPermit {
  if (f.track === 'temporary_protection') {
    if (f.state !== 'tp_granted' || !f.temporaryProtectionGrantedOn)
      return { kind: 'not_available', reason: f.state === 'tp_ended' ? 'case_closed' : 'not_registered' };
    return fromRule(f.temporaryProtectionGrantedOn);
  }
  if (f.state === 'protected') {
    // Refugees and subsidiary-protection holders: the status document substitutes the permit.
    return f.decision === 'conditional_refugee'
      ? fromRule(f.lodgedOn)
      : { kind: 'status_document_is_permit' };
  }
  if (!PENDING_STATES.includes(f.state)) return { kind: 'not_available', reason: 'case_closed' };
  // Accelerated cases get no applicant ID and so no work permit (domain.md §4.7).
  if (f.procedure === 'accelerated') return { kind: 'not_available', reason: 'accelerated_procedure' };
  return fromRule(f.lodgedOn);
}

function fromRule(start: string): WorkPermit {
  const rule = ruleInForce('T20', start);
  return rule
    ? { kind: 'may_apply_from', date: addMonths(start, rule.amount), ruleId: rule.id }
    : { kind: 'not_available', reason: 'not_registered' };
}

export function healthCover(f: RightsFacts): HealthCover {
  if (f.track === 'temporary_protection') {
    // Pre-registration gives limited services only (domain.md §10); cover comes with the grant.
    if (f.state === 'tp_granted') return { kind: 'continues', reason: 'temporary_protection' };
    return { kind: 'not_covered', reason: f.state === 'tp_ended' ? 'case_closed' : 'not_registered' };
  }
  if (f.state === 'protected') return { kind: 'continues', reason: 'status_holder' };
  if (!PENDING_STATES.includes(f.state)) return { kind: 'not_covered', reason: 'case_closed' };
  if (!f.registeredOn) return { kind: 'not_covered', reason: 'not_registered' };
  if (f.hasSpecialNeeds) return { kind: 'continues', reason: 'special_needs' };
  // Judged by the rule in force on the day of registration: no limit before Law 7196.
  const rule = ruleInForce('T21', f.registeredOn);
  if (!rule) return { kind: 'continues', reason: 'no_limit_when_registered' };
  return { kind: 'until', date: addMonths(f.registeredOn, rule.amount), ruleId: rule.id };
}
