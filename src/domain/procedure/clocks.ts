// Which legal clocks an action starts and which it closes. A clock is a running time limit of a
// case (T1, T3, T5, T6, T7, T9–T11): the service computes its last day with periods.ts under the
// rule in force on its starting day, and keeps it until the action that fulfils or ends it.
import type { LimitCode } from './time-limits.ts';
import { FINAL_STATES, type AppealBody, type CaseFacts, type Command } from './states.ts';

export interface ClockStart {
  code: LimitCode;
  startedOn: string;
}

export interface ClockEffects {
  start: ClockStart[];
  /** Codes of running clocks to close; 'all' closes every running clock of the case. */
  close: readonly LimitCode[] | 'all';
}

/** Clocks during which an appeal may be filed, and the body each opens. */
export const APPEAL_WINDOWS: Readonly<Partial<Record<LimitCode, AppealBody>>> = {
  'T9-appeal': 'ipec',
  T10: 'administrative_court',
  'T10-other': 'administrative_court',
  'T11-appeal': 'administrative_court',
  'T11-inadmissible': 'administrative_court',
  'T10-onward': 'regional_administrative_court',
};
const WINDOW_CODES = Object.keys(APPEAL_WINDOWS) as LimitCode[];
const INTERVIEW_CLOCKS: LimitCode[] = ['T3', 'T6-interview'];
const DECISION_CLOCKS: LimitCode[] = ['T5', 'T6-decision'];

/** The appeal windows a served negative decision opens (LFIP Art. 80, domain.md §4.9). */
function windowsOnService(facts: CaseFacts): LimitCode[] {
  if (facts.decisionBy === 'ipec') return ['T10'];
  if (facts.decisionBy === 'administrative_court') return ['T10-onward'];
  switch (facts.decision) {
    case 'rejected':
      return facts.procedure === 'accelerated' ? ['T11-appeal'] : ['T9-appeal', 'T10'];
    case 'inadmissible':
      return ['T11-inadmissible'];
    case 'excluded':
    case 'implicitly_withdrawn':
    case 'cessation':
    case 'cancellation':
      return ['T10-other'];
    case 'refugee':
    case 'conditional_refugee':
    case 'subsidiary_protection':
    case null:
      return [];
  }
}

const none: ClockEffects = { start: [], close: [] };

/**
 * @param after the case's facts after the action
 * @param on the legal date of the action; @param lodgedOn the application's date (T6 counts from it)
 * @param registeredOn the registration date before the action (T5 counts from it), if registered
 */
export function clockEffects(
  after: CaseFacts,
  cmd: Command,
  on: string,
  lodgedOn: string,
  registeredOn: string | null,
): ClockEffects {
  if (FINAL_STATES.includes(after.state)) return { start: [], close: 'all' };
  const at = (...codes: LimitCode[]) => codes.map((code) => ({ code, startedOn: on }));
  switch (cmd.action) {
    case 'refer_to_province':
      return { start: at('T1'), close: [] };
    case 'register':
      // An accelerated case has its own limits (T6), started when it was accelerated.
      return {
        start: after.procedure === 'regular' ? at('T3', 'T5') : [],
        close: ['T1'],
      };
    case 'accelerate':
      return {
        start: after.interviewsHeld > 0 ? at('T6-decision') : [{ code: 'T6-interview', startedOn: lodgedOn }],
        close: ['T3', 'T5'],
      };
    case 'return_to_regular':
      // Back in the regular procedure, the six months run from registration as they always did.
      if (registeredOn === null) return { start: [], close: ['T6-interview', 'T6-decision'] };
      return {
        start: [{ code: 'T5', startedOn: registeredOn }, ...(after.interviewsHeld > 0 ? [] : at('T3'))],
        close: ['T6-interview', 'T6-decision'],
      };
    case 'record_interview':
      return { start: after.procedure === 'accelerated' ? at('T6-decision') : [], close: INTERVIEW_CLOCKS };
    case 'decide':
      return {
        start:
          after.decision === 'inadmissible' &&
          (after.inadmissibilityGround === 'a' || after.inadmissibilityGround === 'b')
            ? at('T7')
            : [],
        close: [...INTERVIEW_CLOCKS, ...DECISION_CLOCKS, 'T1'],
      };
    case 'notify_headquarters':
      return { start: [], close: ['T7'] };
    case 'serve_decision':
      return { start: after.state === 'notified' ? at(...windowsOnService(after)) : [], close: [] };
    case 'file_appeal':
      return {
        start:
          cmd.body === 'ipec'
            ? at('T9-decision')
            : cmd.body === 'administrative_court' &&
                (after.procedure === 'accelerated' || after.decision === 'inadmissible')
              ? at('T11-decision')
              : [],
        close: WINDOW_CODES,
      };
    case 'record_appeal_outcome': {
      const close: LimitCode[] = ['T9-decision', 'T11-decision'];
      if (after.state === 'notified') return { start: at(...windowsOnService(after)), close };
      // An annulment reopens the examination: the interview and decision are due again.
      if (after.state === 'registered') return { start: at('T3', 'T5'), close };
      if (after.state === 'interviewed') return { start: at('T5'), close };
      return { start: [], close };
    }
    case 'finalise':
      return { start: [], close: WINDOW_CODES };
    case 'serve_delay_notice':
    case 'assign_caseworker':
    case 'schedule_interview':
    case 'record_missed_interview':
    case 'withdraw':
    case 'set_reporting_schedule':
    case 'record_reporting':
    case 'grant_temporary_protection':
    case 'end_temporary_protection':
      return none;
  }
}
