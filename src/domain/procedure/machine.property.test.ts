import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../access.ts';
import { FRESH_IP, FRESH_TP, IP_STATES, TP_STATES } from './facts.fixture.ts';
import { TRANSITIONS, apply, availableActions } from './machine.ts';
import {
  ACCELERATION_GROUNDS,
  APPEAL_BODIES,
  APPEAL_OUTCOMES,
  DECISIONS,
  FINAL_STATES,
  INADMISSIBILITY_GROUNDS,
  POSITIVE_DECISIONS,
  TP_END_GROUNDS,
  WITHDRAWAL_GROUNDS,
  type AppealBody,
  type CaseFacts,
  type CaseState,
  type Command,
} from './states.ts';

const text = fc.string({ maxLength: 8 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Every command, with arbitrary payloads. */
const COMMANDS: { [A in Command['action']]: fc.Arbitrary<Extract<Command, { action: A }>> } = {
  refer_to_province: fc.record({ action: fc.constant('refer_to_province' as const), provinceCode: text }),
  register: fc.record({ action: fc.constant('register' as const) }),
  accelerate: fc.record({
    action: fc.constant('accelerate' as const),
    ground: fc.constantFrom(...ACCELERATION_GROUNDS),
  }),
  return_to_regular: fc.record({ action: fc.constant('return_to_regular' as const) }),
  assign_caseworker: fc.record({ action: fc.constant('assign_caseworker' as const), userId: text }),
  schedule_interview: fc.record({
    action: fc.constant('schedule_interview' as const),
    scheduledAt: text,
    location: optional(text),
    interpreterLanguage: fc.option(text, { nil: null }),
    attendees: fc.array(text, { maxLength: 2 }),
  }),
  record_interview: fc.record({ action: fc.constant('record_interview' as const), record: text }),
  record_missed_interview: fc.record({
    action: fc.constant('record_missed_interview' as const),
    excused: fc.boolean(),
  }),
  decide: fc.record({
    action: fc.constant('decide' as const),
    decision: fc.constantFrom(...DECISIONS),
    reasons: text,
    inadmissibilityGround: optional(fc.constantFrom(...INADMISSIBILITY_GROUNDS)),
    withdrawalGround: optional(fc.constantFrom(...WITHDRAWAL_GROUNDS)),
  }),
  notify_headquarters: fc.record({ action: fc.constant('notify_headquarters' as const) }),
  serve_decision: fc.record({ action: fc.constant('serve_decision' as const) }),
  serve_delay_notice: fc.record({ action: fc.constant('serve_delay_notice' as const) }),
  file_appeal: fc.record({
    action: fc.constant('file_appeal' as const),
    body: fc.constantFrom(...APPEAL_BODIES),
  }),
  record_appeal_outcome: fc.record({
    action: fc.constant('record_appeal_outcome' as const),
    outcome: fc.constantFrom(...APPEAL_OUTCOMES),
    reasons: text,
  }),
  finalise: fc.record({ action: fc.constant('finalise' as const) }),
  withdraw: fc.record({ action: fc.constant('withdraw' as const), statement: text }),
  set_reporting_schedule: fc.record({
    action: fc.constant('set_reporting_schedule' as const),
    intervalDays: fc.integer({ min: -5, max: 60 }),
    firstDueOn: text,
  }),
  record_reporting: fc.record({
    action: fc.constant('record_reporting' as const),
    dueOn: text,
    attended: fc.boolean(),
  }),
  grant_temporary_protection: fc.record({ action: fc.constant('grant_temporary_protection' as const) }),
  end_temporary_protection: fc.record({
    action: fc.constant('end_temporary_protection' as const),
    ground: fc.constantFrom(...TP_END_GROUNDS),
  }),
};
const commandArb: fc.Arbitrary<Command> = fc.oneof(...Object.values(COMMANDS));

interface Step {
  role: Role;
  command: Command;
  /** Set by the service before each step: the windows open today and whether T5 has run out. */
  openAppealWindows: AppealBody[];
  delayNoticeOwed: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  role: fc.constantFrom(...ROLES),
  command: commandArb,
  openAppealWindows: fc.subarray([...APPEAL_BODIES]),
  delayNoticeOwed: fc.boolean(),
});

const NUM_RUNS = 300;
const stepsArb = fc.array(stepArb, { minLength: 1, maxLength: 80, size: 'max' });

/** A plain assertion: `expect` is too slow for tens of thousands of steps. */
function must(condition: boolean, what: string, before: CaseFacts, step: Step): void {
  if (!condition)
    throw new Error(
      `${what}\n  role: ${step.role}\n  command: ${JSON.stringify(step.command)}\n  before: ${JSON.stringify(before)}`,
    );
}

/** What the random walks reached, to show the generator goes deep enough. */
const reachedStates = new Set<CaseState>();
const finalStateSuccesses: string[] = [];

/** Checks every invariant of one step; returns the facts to continue from. */
function checkStep(before: CaseFacts, step: Step): CaseFacts {
  const { role, command } = step;
  const snapshot = JSON.stringify(before);
  const result = apply(before, command, role);

  // apply is pure: the input is never changed, whatever the outcome.
  must(JSON.stringify(before) === snapshot, 'apply changed its input', before, step);

  const transition = TRANSITIONS.find((t) => t.action === command.action);
  must(transition !== undefined, 'action missing from TRANSITIONS', before, step);
  const roleAllowed = transition!.roles.includes(role);
  const stateAllowed = transition!.from.includes(before.state);

  if (!result.ok) {
    // A refusal names its rule; ROLE / STATE exactly when the table forbids the step.
    const rule = result.breach.rule;
    must(
      typeof rule === 'string' && result.breach.message.length > 0,
      'refusal without rule or message',
      before,
      step,
    );
    if (!roleAllowed) must(rule === 'ROLE', `expected ROLE, got ${rule}`, before, step);
    else if (!stateAllowed) must(rule === 'STATE', `expected STATE, got ${rule}`, before, step);
    else must(rule !== 'ROLE' && rule !== 'STATE', `guard refusal reported as ${rule}`, before, step);
    return before;
  }

  const after = result.facts;
  reachedStates.add(after.state);
  // Every successful step is a transition of the exported table for that role and state.
  must(roleAllowed && stateAllowed, 'step succeeded outside the TRANSITIONS table', before, step);
  must(
    availableActions(before, role).includes(command.action),
    'availableActions misses a step',
    before,
    step,
  );

  // Final states accept no action.
  if (FINAL_STATES.includes(before.state)) {
    finalStateSuccesses.push(`${command.action} from ${before.state}`);
    must(false, 'a final state accepted an action', before, step);
  }

  // The case never changes track, and its state stays on its track.
  must(after.track === before.track, 'track changed', before, step);
  must(
    (after.track === 'international_protection' ? IP_STATES : TP_STATES).includes(after.state),
    `state ${after.state} is off the ${after.track} track`,
    before,
    step,
  );

  // Protection is only reached by serving a positive decision or by annulling a cessation or
  // cancellation decision on appeal.
  if (after.state === 'protected' && before.state !== 'protected') {
    const served =
      command.action === 'serve_decision' &&
      before.decision !== null &&
      POSITIVE_DECISIONS.includes(before.decision);
    const restored =
      command.action === 'record_appeal_outcome' &&
      command.outcome === 'annulled' &&
      (before.decision === 'cessation' || before.decision === 'cancellation');
    must(served || restored, 'protected reached another way', before, step);
  }

  // A served or appealed case always has a decision; an appealed one names its appeal body.
  if (after.state === 'notified' || after.state === 'under_appeal')
    must(after.decision !== null, `${after.state} without a decision`, before, step);
  if (after.state === 'under_appeal')
    must(after.pendingAppeal !== null, 'appeal without a body', before, step);
  if (after.state === 'decided')
    must(after.decisionBy === 'authority', 'decided, but not by the authority', before, step);

  for (const n of [after.interviewsHeld, after.missedInterviewsInARow, after.missedReportingInARow])
    must(Number.isInteger(n) && n >= 0, `counter ${n} is negative or not an integer`, before, step);
  return after;
}

function run(start: CaseFacts, steps: Step[]): CaseFacts {
  let facts = start;
  for (const step of steps) {
    facts = checkStep(
      { ...facts, openAppealWindows: step.openAppealWindows, delayNoticeOwed: step.delayNoticeOwed },
      step,
    );
  }
  return facts;
}

describe('procedure machine: random command sequences', () => {
  it('keep every invariant from a fresh international-protection case', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        run(FRESH_IP, steps);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keep every invariant from a temporary-protection case', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const end = run(FRESH_TP, steps);
        expect(TP_STATES).toContain(end.state);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keep every invariant on walks steered towards applicable steps (reaches every state)', () => {
    // Most purely random steps are refused, so the walks above rarely get far. Here most steps take
    // an action the table allows from the current state, by one of the roles it allows (its guard
    // may still refuse it); one step in five is any role with any action. Payloads are arbitrary,
    // drawn from a pool generated for the walk.
    const ALL_ACTIONS = TRANSITIONS.map((t) => t.action);
    const guidedStep = fc.record({
      stray: fc.nat({ max: 4 }).map((n) => n === 0),
      anyRole: fc.constantFrom(...ROLES),
      rolePick: fc.noBias(fc.nat()),
      pick: fc.noBias(fc.nat()),
      payload: fc.noBias(fc.nat()),
      openAppealWindows: fc.subarray([...APPEAL_BODIES]),
      delayNoticeOwed: fc.boolean(),
    });
    const walk = fc.record({
      payloads: fc.array(fc.record(COMMANDS), { minLength: 8, maxLength: 16 }),
      steps: fc.array(guidedStep, { minLength: 1, maxLength: 150, size: 'max' }),
    });
    reachedStates.clear();
    fc.assert(
      fc.property(walk, ({ payloads, steps }) => {
        let facts = FRESH_IP;
        for (const g of steps) {
          // Withdrawal ends most walks early: steered steps take it only rarely.
          const applicable = TRANSITIONS.filter(
            (t) => t.from.includes(facts.state) && (t.action !== 'withdraw' || g.rolePick % 8 === 0),
          );
          const stray = g.stray || applicable.length === 0;
          const action = stray
            ? ALL_ACTIONS[g.pick % ALL_ACTIONS.length]!
            : applicable[g.pick % applicable.length]!.action;
          const roles = TRANSITIONS.find((t) => t.action === action)!.roles;
          const step: Step = {
            role: stray ? g.anyRole : roles[g.rolePick % roles.length]!,
            command: payloads[g.payload % payloads.length]![action],
            openAppealWindows: g.openAppealWindows,
            delayNoticeOwed: g.delayNoticeOwed,
          };
          facts = checkStep(
            { ...facts, openAppealWindows: g.openAppealWindows, delayNoticeOwed: g.delayNoticeOwed },
            step,
          );
        }
      }),
      { numRuns: NUM_RUNS },
    );
    // The invariants were checked well beyond 'lodged': every international-protection state was reached.
    expect(IP_STATES.filter((st) => st !== 'lodged' && !reachedStates.has(st))).toEqual([]);
  });
});
