import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../access.ts';
import { factsIn as facts } from './facts.fixture.ts';
import { TRANSITIONS, apply, availableActions, type ApplyResult } from './machine.ts';
import {
  CASE_STATES,
  type Action,
  type AppealBody,
  type CaseFacts,
  type CaseState,
  type Command,
  type Decision,
} from './states.ts';

// ---------------------------------------------------------------------------------------------
// The expected table, written out by hand from the procedure (domain.md §4) and the brief.
// ---------------------------------------------------------------------------------------------

const REG: Role = 'registration_officer';
const CW: Role = 'protection_caseworker';
const DM: Role = 'decision_maker';
const ADMIN: Role = 'administrator';

const BEFORE_DECISION: CaseState[] = [
  'lodged',
  'referred',
  'registered',
  'interview_scheduled',
  'interviewed',
];
const REPORTING: CaseState[] = [
  'registered',
  'interview_scheduled',
  'interviewed',
  'decided',
  'notified',
  'under_appeal',
];

interface Spec {
  roles: Role[];
  from: CaseState[];
  /** A command for this action, and facts under which its guard passes in `state`. */
  command: (state: CaseState) => Command;
  setup?: (state: CaseState) => Partial<CaseFacts>;
  /** The state after the step (with the setup above). */
  to: (state: CaseState) => CaseState;
}

const keep = (s: CaseState) => s;

const SPEC: Record<Action, Spec> = {
  refer_to_province: {
    roles: [REG, ADMIN],
    from: ['lodged'],
    command: () => ({ action: 'refer_to_province', provinceCode: '06' }),
    to: () => 'referred',
  },
  register: {
    roles: [REG, ADMIN],
    from: ['lodged', 'referred'],
    command: () => ({ action: 'register' }),
    to: () => 'registered',
  },
  accelerate: {
    roles: [CW, DM, ADMIN],
    from: ['lodged', 'registered', 'interview_scheduled', 'interviewed'],
    command: () => ({ action: 'accelerate', ground: 'no_protection_issue' }),
    setup: () => ({ procedure: 'regular' }),
    to: keep,
  },
  return_to_regular: {
    roles: [CW, DM, ADMIN],
    from: BEFORE_DECISION,
    command: () => ({ action: 'return_to_regular' }),
    setup: () => ({ procedure: 'accelerated' }),
    to: keep,
  },
  assign_caseworker: {
    roles: [CW, DM, ADMIN],
    from: [...BEFORE_DECISION, 'decided', 'notified', 'under_appeal', 'protected'],
    command: () => ({ action: 'assign_caseworker', userId: 'u1' }),
    to: keep,
  },
  schedule_interview: {
    roles: [CW, ADMIN],
    from: ['registered', 'interview_scheduled', 'interviewed'],
    command: () => ({
      action: 'schedule_interview',
      scheduledAt: '2026-03-02T10:00:00Z',
      interpreterLanguage: 'fa',
      attendees: [],
    }),
    to: () => 'interview_scheduled',
  },
  record_interview: {
    roles: [CW, ADMIN],
    from: ['interview_scheduled'],
    command: () => ({ action: 'record_interview', record: 'r' }),
    to: () => 'interviewed',
  },
  record_missed_interview: {
    roles: [CW, ADMIN],
    from: ['interview_scheduled'],
    command: () => ({ action: 'record_missed_interview', excused: false }),
    to: () => 'registered',
  },
  decide: {
    roles: [DM, ADMIN],
    from: ['referred', 'registered', 'interview_scheduled', 'interviewed', 'protected'],
    // Inadmissibility is possible at any stage; a status is only lost by cessation.
    command: (s) =>
      s === 'protected'
        ? { action: 'decide', decision: 'cessation', reasons: 'x' }
        : { action: 'decide', decision: 'inadmissible', reasons: 'x', inadmissibilityGround: 'c' },
    to: () => 'decided',
  },
  notify_headquarters: {
    roles: [CW, DM, ADMIN],
    from: ['decided', 'notified', 'under_appeal'],
    command: () => ({ action: 'notify_headquarters' }),
    setup: () => ({ decision: 'inadmissible', inadmissibilityGround: 'a', hqNotified: false }),
    to: keep,
  },
  serve_decision: {
    roles: [CW, DM, ADMIN],
    from: ['decided'],
    command: () => ({ action: 'serve_decision' }),
    setup: () => ({ decision: 'rejected', decisionBy: 'authority' }),
    to: () => 'notified',
  },
  serve_delay_notice: {
    roles: [CW, DM, ADMIN],
    from: BEFORE_DECISION,
    command: () => ({ action: 'serve_delay_notice' }),
    setup: () => ({ delayNoticeOwed: true }),
    to: keep,
  },
  file_appeal: {
    roles: [REG, CW, DM, ADMIN],
    from: ['notified'],
    command: () => ({ action: 'file_appeal', body: 'ipec' }),
    setup: () => ({ decision: 'rejected', openAppealWindows: ['ipec', 'administrative_court'] }),
    to: () => 'under_appeal',
  },
  record_appeal_outcome: {
    roles: [CW, DM, ADMIN],
    from: ['under_appeal'],
    command: () => ({ action: 'record_appeal_outcome', outcome: 'dismissed', reasons: 'x' }),
    setup: () => ({
      decision: 'rejected',
      decisionBy: 'authority',
      pendingAppeal: 'ipec',
      interviewsHeld: 1,
    }),
    to: () => 'notified',
  },
  finalise: {
    roles: [CW, DM, ADMIN],
    from: ['notified'],
    command: () => ({ action: 'finalise' }),
    setup: () => ({ decision: 'rejected', openAppealWindows: [] }),
    to: () => 'rejected_final',
  },
  withdraw: {
    roles: [REG, CW, ADMIN],
    from: BEFORE_DECISION,
    command: () => ({ action: 'withdraw', statement: 's' }),
    to: () => 'withdrawn',
  },
  set_reporting_schedule: {
    roles: [REG, CW, ADMIN],
    from: REPORTING,
    command: () => ({ action: 'set_reporting_schedule', intervalDays: 7, firstDueOn: '2026-03-09' }),
    to: keep,
  },
  record_reporting: {
    roles: [REG, CW, ADMIN],
    from: REPORTING,
    command: () => ({ action: 'record_reporting', dueOn: '2026-03-09', attended: true }),
    to: keep,
  },
  grant_temporary_protection: {
    roles: [REG, DM, ADMIN],
    from: ['tp_pending'],
    command: () => ({ action: 'grant_temporary_protection' }),
    to: () => 'tp_granted',
  },
  end_temporary_protection: {
    roles: [DM, ADMIN],
    from: ['tp_granted'],
    command: () => ({ action: 'end_temporary_protection', ground: 'resettled' }),
    to: () => 'tp_ended',
  },
};

const ACTIONS = Object.keys(SPEC) as Action[];

/** 'ok', or the rule of the refusal ('ROLE', 'STATE' or a legal rule). */
type Outcome = string;

function outcome(r: ApplyResult): Outcome {
  return r.ok ? 'ok' : r.breach.rule;
}

function ok(r: ApplyResult): CaseFacts {
  if (!r.ok) throw new Error(`expected success, got ${r.breach.rule}: ${r.breach.message}`);
  return r.facts;
}

function refused(r: ApplyResult): string {
  if (r.ok) throw new Error(`expected refusal, moved to ${r.facts.state}`);
  return r.breach.rule;
}

// ---------------------------------------------------------------------------------------------

describe('transition table: every action × every state × every role', () => {
  it('the spec above names every action and the states and roles are the known ones', () => {
    expect(ACTIONS).toHaveLength(20);
    expect([...ACTIONS].sort()).toEqual(TRANSITIONS.map((t) => t.action).sort());
    expect(CASE_STATES).toHaveLength(15);
    // Centre health staff, removal officers and partners take no step of the procedure.
    expect(ROLES).toHaveLength(12);
  });

  describe.each(ACTIONS)('%s', (action) => {
    const spec = SPEC[action];
    it.each(CASE_STATES)('from %s', (state) => {
      const input = facts(state, spec.setup?.(state));
      const actual: Record<string, Outcome> = {};
      const expected: Record<string, Outcome> = {};
      for (const role of ROLES) {
        actual[role] = outcome(apply(input, spec.command(state), role));
        expected[role] = !spec.roles.includes(role) ? 'ROLE' : !spec.from.includes(state) ? 'STATE' : 'ok';
      }
      expect(actual).toEqual(expected);
      if (spec.from.includes(state)) {
        const next = ok(apply(input, spec.command(state), spec.roles[0]!));
        expect(next.state).toBe(spec.to(state));
        expect(next.track).toBe(input.track);
      }
    });
  });

  it('roles outside the procedure may take no action at all', () => {
    for (const role of [
      'centre_staff',
      'unhcr_officer',
      'lawyer',
      'content_editor',
      'statistics_viewer',
    ] as const)
      for (const state of CASE_STATES)
        expect(availableActions(facts(state), role), `${role}/${state}`).toEqual([]);
  });

  it.each(CASE_STATES)('availableActions from %s offers exactly the allowed actions per role', (state) => {
    for (const action of ACTIONS) {
      const input = facts(state, SPEC[action].setup?.(state));
      for (const role of ROLES)
        expect(availableActions(input, role).includes(action), `${action} by ${role}`).toBe(
          SPEC[action].roles.includes(role) && SPEC[action].from.includes(state),
        );
    }
  });

  it('availableActions hides actions whose precondition on the case fails', () => {
    const offered = (f: CaseFacts, action: Action) => availableActions(f, ADMIN).includes(action);
    expect(offered(facts('registered', { procedure: 'accelerated' }), 'accelerate')).toBe(false);
    expect(offered(facts('registered', { procedure: 'regular' }), 'return_to_regular')).toBe(false);
    expect(offered(facts('interviewed', { delayNoticeOwed: false }), 'serve_delay_notice')).toBe(false);
    expect(offered(facts('notified', { decision: 'rejected', openAppealWindows: [] }), 'file_appeal')).toBe(
      false,
    );
    expect(
      offered(facts('notified', { decision: 'rejected', openAppealWindows: ['ipec'] }), 'finalise'),
    ).toBe(false);
    expect(offered(facts('decided', { decision: 'rejected' }), 'notify_headquarters')).toBe(false);
    expect(
      offered(
        facts('decided', { decision: 'inadmissible', inadmissibilityGround: 'c' }),
        'notify_headquarters',
      ),
    ).toBe(false);
    expect(
      offered(
        facts('decided', { decision: 'inadmissible', inadmissibilityGround: 'a', hqNotified: true }),
        'notify_headquarters',
      ),
    ).toBe(false);
    // A guard on the command's details does not hide the action: any open window offers the appeal.
    expect(
      offered(facts('notified', { decision: 'rejected', openAppealWindows: ['ipec'] }), 'file_appeal'),
    ).toBe(true);
  });

  it('refusals carry a message', () => {
    const role = apply(facts('lodged'), { action: 'register' }, 'lawyer');
    expect(role.ok).toBe(false);
    if (!role.ok) expect(role.breach).toEqual({ rule: 'ROLE', message: 'A lawyer may not register' });
    const closed = apply(facts('withdrawn'), { action: 'register' }, ADMIN);
    if (!closed.ok)
      expect(closed.breach).toEqual({ rule: 'STATE', message: 'Cannot register: the case is closed' });
    else expect.unreachable();
    const wrong = apply(facts('decided'), { action: 'register' }, ADMIN);
    if (!wrong.ok)
      expect(wrong.breach).toEqual({ rule: 'STATE', message: 'Cannot register: the case is decided' });
    else expect.unreachable();
  });

  it('final states accept no action that would reopen them', () => {
    for (const state of ['rejected_final', 'withdrawn', 'status_ended', 'tp_ended'] as const)
      for (const action of ACTIONS) {
        const r = apply(facts(state, SPEC[action].setup?.(state)), SPEC[action].command(state), ADMIN);
        expect(outcome(r), `${action} from ${state}`).toBe('STATE');
      }
  });
});

// ---------------------------------------------------------------------------------------------

describe('guards', () => {
  describe('implicit withdrawal (LFIP Art. 77, T8)', () => {
    const withdrawFor = (ground: 'missed_interviews' | 'missed_reporting'): Command => ({
      action: 'decide',
      decision: 'implicitly_withdrawn',
      reasons: 'x',
      withdrawalGround: ground,
    });

    it('needs three interviews missed in a row', () => {
      expect(
        refused(
          apply(facts('registered', { missedInterviewsInARow: 2 }), withdrawFor('missed_interviews'), DM),
        ),
      ).toBe('LFIP-77-T8');
      const next = ok(
        apply(facts('registered', { missedInterviewsInARow: 3 }), withdrawFor('missed_interviews'), DM),
      );
      expect(next).toMatchObject({
        state: 'decided',
        decision: 'implicitly_withdrawn',
        decisionBy: 'authority',
      });
    });

    it('needs three reporting duties missed in a row', () => {
      expect(
        refused(
          apply(facts('interviewed', { missedReportingInARow: 2 }), withdrawFor('missed_reporting'), DM),
        ),
      ).toBe('LFIP-77-T8');
      expect(
        ok(apply(facts('interviewed', { missedReportingInARow: 3 }), withdrawFor('missed_reporting'), DM))
          .state,
      ).toBe('decided');
    });

    it('the interview count does not help a reporting ground and vice versa', () => {
      expect(
        refused(
          apply(facts('registered', { missedInterviewsInARow: 5 }), withdrawFor('missed_reporting'), DM),
        ),
      ).toBe('LFIP-77-T8');
      expect(
        refused(
          apply(facts('registered', { missedReportingInARow: 5 }), withdrawFor('missed_interviews'), DM),
        ),
      ).toBe('LFIP-77-T8');
    });

    it('needs a ground', () => {
      expect(
        refused(
          apply(
            facts('registered'),
            { action: 'decide', decision: 'implicitly_withdrawn', reasons: 'x' },
            DM,
          ),
        ),
      ).toBe('LFIP-77');
    });

    it('other Art. 77 grounds need no count', () => {
      const r = apply(
        facts('registered'),
        {
          action: 'decide',
          decision: 'implicitly_withdrawn',
          reasons: 'x',
          withdrawalGround: 'absconded_from_detention',
        },
        DM,
      );
      expect(ok(r).decision).toBe('implicitly_withdrawn');
    });

    it('counts missed interviews: an excused absence does not count, a held interview resets', () => {
      const schedule: Command = {
        action: 'schedule_interview',
        scheduledAt: '2026-03-02T10:00:00Z',
        interpreterLanguage: null,
        attendees: [],
      };
      const miss = (excused: boolean): Command => ({ action: 'record_missed_interview', excused });
      let f = facts('registered');
      f = ok(apply(f, schedule, CW));
      f = ok(apply(f, miss(false), CW));
      expect(f).toMatchObject({ state: 'registered', missedInterviewsInARow: 1 });
      f = ok(apply(ok(apply(f, schedule, CW)), miss(true), CW));
      expect(f.missedInterviewsInARow).toBe(1);
      f = ok(apply(ok(apply(f, schedule, CW)), miss(false), CW));
      expect(f.missedInterviewsInARow).toBe(2);
      expect(refused(apply(f, withdrawFor('missed_interviews'), DM))).toBe('LFIP-77-T8');
      f = ok(apply(ok(apply(f, schedule, CW)), miss(false), CW));
      expect(f.missedInterviewsInARow).toBe(3);
      expect(ok(apply(f, withdrawFor('missed_interviews'), DM)).state).toBe('decided');

      // A held interview resets the count.
      let g = facts('interview_scheduled', { missedInterviewsInARow: 2 });
      g = ok(apply(g, { action: 'record_interview', record: 'r' }, CW));
      expect(g).toMatchObject({ state: 'interviewed', interviewsHeld: 1, missedInterviewsInARow: 0 });
      // A miss after an interview goes back to 'interviewed', not 'registered'.
      g = ok(apply(ok(apply(g, schedule, CW)), miss(false), CW));
      expect(g).toMatchObject({ state: 'interviewed', interviewsHeld: 1, missedInterviewsInARow: 1 });
    });

    it('counts missed reporting; attending resets', () => {
      const report = (attended: boolean): Command => ({
        action: 'record_reporting',
        dueOn: '2026-03-09',
        attended,
      });
      let f = facts('registered');
      f = ok(apply(f, report(false), REG));
      f = ok(apply(f, report(false), REG));
      expect(f.missedReportingInARow).toBe(2);
      f = ok(apply(f, report(true), REG));
      expect(f.missedReportingInARow).toBe(0);
      for (let i = 0; i < 3; i++) f = ok(apply(f, report(false), REG));
      expect(f.missedReportingInARow).toBe(3);
      expect(f.state).toBe('registered');
      expect(ok(apply(f, withdrawFor('missed_reporting'), DM)).decision).toBe('implicitly_withdrawn');
    });

    it('a served implicit withdrawal is finalised as withdrawn', () => {
      const f = facts('notified', { decision: 'implicitly_withdrawn', openAppealWindows: [] });
      expect(ok(apply(f, { action: 'finalise' }, CW)).state).toBe('withdrawn');
    });
  });

  describe('decide', () => {
    it('inadmissibility needs an Art. 72 ground and records it', () => {
      expect(
        refused(apply(facts('registered'), { action: 'decide', decision: 'inadmissible', reasons: 'x' }, DM)),
      ).toBe('LFIP-72');
      for (const g of ['a', 'b', 'c', 'ç'] as const) {
        const next = ok(
          apply(
            facts('referred'),
            { action: 'decide', decision: 'inadmissible', reasons: 'x', inadmissibilityGround: g },
            DM,
          ),
        );
        expect(next).toMatchObject({
          state: 'decided',
          decision: 'inadmissible',
          inadmissibilityGround: g,
          hqNotified: false,
        });
      }
    });

    it('a ground given with another decision is not recorded', () => {
      const next = ok(
        apply(
          facts('interviewed'),
          { action: 'decide', decision: 'rejected', reasons: 'x', inadmissibilityGround: 'a' },
          DM,
        ),
      );
      expect(next.inadmissibilityGround).toBeNull();
    });

    const merits: Decision[] = [
      'refugee',
      'conditional_refugee',
      'subsidiary_protection',
      'rejected',
      'excluded',
    ];

    it.each(merits)('%s only after the personal interview', (decision) => {
      for (const state of ['referred', 'registered', 'interview_scheduled'] as const)
        expect(refused(apply(facts(state), { action: 'decide', decision, reasons: 'x' }, DM)), state).toBe(
          'LFIP-75-78',
        );
      const next = ok(
        apply(facts('interviewed', { interviewsHeld: 1 }), { action: 'decide', decision, reasons: 'x' }, DM),
      );
      expect(next).toMatchObject({ state: 'decided', decision, decisionBy: 'authority' });
    });

    it.each(['cessation', 'cancellation'] as const)('%s only from protected', (decision) => {
      for (const state of ['referred', 'registered', 'interview_scheduled', 'interviewed'] as const)
        expect(refused(apply(facts(state), { action: 'decide', decision, reasons: 'x' }, DM)), state).toBe(
          'LFIP-85-86',
        );
      const next = ok(
        apply(facts('protected', { decision: 'refugee' }), { action: 'decide', decision, reasons: 'x' }, DM),
      );
      expect(next).toMatchObject({ state: 'decided', decision });
    });

    it('a status holder loses the status only by cessation or cancellation', () => {
      for (const decision of [
        'rejected',
        'refugee',
        'excluded',
        'inadmissible',
        'implicitly_withdrawn',
      ] as const) {
        const r = apply(
          facts('protected', { decision: 'conditional_refugee' }),
          {
            action: 'decide',
            decision,
            reasons: 'x',
            inadmissibilityGround: 'a',
            withdrawalGround: 'absconded_from_detention',
          },
          DM,
        );
        expect(refused(r), decision).toBe('LFIP-85-86');
      }
    });

    it('a new decision resets the HQ notice', () => {
      const f = facts('protected', { decision: 'refugee', hqNotified: true });
      expect(ok(apply(f, { action: 'decide', decision: 'cessation', reasons: 'x' }, DM)).hqNotified).toBe(
        false,
      );
    });
  });

  describe('serve_decision', () => {
    it.each(['refugee', 'conditional_refugee', 'subsidiary_protection'] as const)(
      'a positive decision (%s) gives protection',
      (decision) => {
        expect(
          ok(apply(facts('decided', { decision, decisionBy: 'authority' }), { action: 'serve_decision' }, CW))
            .state,
        ).toBe('protected');
      },
    );

    it.each([
      'rejected',
      'inadmissible',
      'excluded',
      'implicitly_withdrawn',
      'cessation',
      'cancellation',
    ] as const)('a negative decision (%s) is notified', (decision) => {
      const next = ok(
        apply(facts('decided', { decision, decisionBy: 'authority' }), { action: 'serve_decision' }, CW),
      );
      expect(next).toMatchObject({ state: 'notified', decision });
    });
  });

  describe('file_appeal', () => {
    const bodies: AppealBody[] = ['ipec', 'administrative_court', 'regional_administrative_court'];

    it.each(bodies)('to %s only while its window is open', (body) => {
      const others = bodies.filter((b) => b !== body);
      expect(
        refused(
          apply(
            facts('notified', { decision: 'rejected', openAppealWindows: others }),
            { action: 'file_appeal', body },
            CW,
          ),
        ),
      ).toBe('LFIP-80');
      expect(
        refused(
          apply(
            facts('notified', { decision: 'rejected', openAppealWindows: [] }),
            { action: 'file_appeal', body },
            CW,
          ),
        ),
      ).toBe('LFIP-80');
      const next = ok(
        apply(
          facts('notified', { decision: 'rejected', openAppealWindows: [body] }),
          { action: 'file_appeal', body },
          REG,
        ),
      );
      expect(next).toMatchObject({ state: 'under_appeal', pendingAppeal: body, openAppealWindows: [] });
    });
  });

  describe('finalise', () => {
    it('is refused while any appeal window is open', () => {
      for (const w of [
        ['ipec'],
        ['administrative_court'],
        ['regional_administrative_court'],
        ['ipec', 'administrative_court'],
      ] as AppealBody[][])
        expect(
          refused(
            apply(
              facts('notified', { decision: 'rejected', openAppealWindows: w }),
              { action: 'finalise' },
              CW,
            ),
          ),
        ).toBe('LFIP-80');
    });

    it.each([
      ['rejected', 'rejected_final'],
      ['inadmissible', 'rejected_final'],
      ['excluded', 'rejected_final'],
      ['implicitly_withdrawn', 'withdrawn'],
      ['cessation', 'status_ended'],
      ['cancellation', 'status_ended'],
    ] as const)('a lapsed %s becomes %s', (decision, state) => {
      expect(
        ok(apply(facts('notified', { decision, openAppealWindows: [] }), { action: 'finalise' }, DM)).state,
      ).toBe(state);
    });
  });

  describe('record_appeal_outcome', () => {
    const dismissed: Command = { action: 'record_appeal_outcome', outcome: 'dismissed', reasons: 'x' };
    const annulled: Command = { action: 'record_appeal_outcome', outcome: 'annulled', reasons: 'x' };
    const underAppeal = (over: Partial<CaseFacts>) =>
      facts('under_appeal', { decision: 'rejected', decisionBy: 'authority', interviewsHeld: 1, ...over });

    it('a court dismissal after the accelerated procedure is final (T11)', () => {
      const next = ok(
        apply(
          underAppeal({ procedure: 'accelerated', pendingAppeal: 'administrative_court' }),
          dismissed,
          DM,
        ),
      );
      expect(next).toMatchObject({ state: 'rejected_final', pendingAppeal: null });
    });

    it('a court dismissal of an inadmissibility decision is final', () => {
      const next = ok(
        apply(
          underAppeal({
            decision: 'inadmissible',
            inadmissibilityGround: 'c',
            pendingAppeal: 'administrative_court',
          }),
          dismissed,
          DM,
        ),
      );
      expect(next.state).toBe('rejected_final');
    });

    it('a court dismissal in the regular procedure is notified again, decided by the court', () => {
      const next = ok(apply(underAppeal({ pendingAppeal: 'administrative_court' }), dismissed, DM));
      expect(next).toMatchObject({
        state: 'notified',
        decisionBy: 'administrative_court',
        decision: 'rejected',
        pendingAppeal: null,
      });
    });

    it('the same for exclusion in the regular procedure', () => {
      const next = ok(
        apply(underAppeal({ decision: 'excluded', pendingAppeal: 'administrative_court' }), dismissed, DM),
      );
      expect(next).toMatchObject({ state: 'notified', decisionBy: 'administrative_court' });
    });

    it('an IPEC dismissal is notified as an IPEC decision', () => {
      const next = ok(apply(underAppeal({ pendingAppeal: 'ipec' }), dismissed, DM));
      expect(next).toMatchObject({ state: 'notified', decisionBy: 'ipec', pendingAppeal: null });
    });

    it.each([
      ['rejected', 'rejected_final'],
      ['implicitly_withdrawn', 'withdrawn'],
      ['cessation', 'status_ended'],
      ['cancellation', 'status_ended'],
    ] as const)('a regional court dismissal of %s is final: %s', (decision, state) => {
      expect(
        ok(apply(underAppeal({ decision, pendingAppeal: 'regional_administrative_court' }), dismissed, DM))
          .state,
      ).toBe(state);
    });

    it('an annulment reopens the examination at the interview stage when an interview was held', () => {
      const next = ok(
        apply(underAppeal({ pendingAppeal: 'administrative_court', interviewsHeld: 2 }), annulled, DM),
      );
      expect(next).toMatchObject({
        state: 'interviewed',
        decisionBy: null,
        pendingAppeal: null,
        interviewsHeld: 2,
      });
    });

    it('an annulment reopens at registration when no interview was held', () => {
      const next = ok(
        apply(
          underAppeal({
            decision: 'inadmissible',
            inadmissibilityGround: 'a',
            interviewsHeld: 0,
            pendingAppeal: 'administrative_court',
          }),
          annulled,
          DM,
        ),
      );
      expect(next).toMatchObject({ state: 'registered', decisionBy: null });
    });

    it.each(['cessation', 'cancellation'] as const)('an annulled %s restores protection', (decision) => {
      for (const body of ['administrative_court', 'regional_administrative_court'] as const)
        expect(ok(apply(underAppeal({ decision, pendingAppeal: body }), annulled, DM)).state).toBe(
          'protected',
        );
    });

    it('an annulment by IPEC of a regular rejection reopens too', () => {
      expect(ok(apply(underAppeal({ pendingAppeal: 'ipec' }), annulled, DM)).state).toBe('interviewed');
    });
  });

  describe('notify_headquarters (LFIP Art. 72, T7)', () => {
    const inadmissible = (ground: 'a' | 'b' | 'c' | 'ç', over: Partial<CaseFacts> = {}) =>
      facts('decided', {
        decision: 'inadmissible',
        inadmissibilityGround: ground,
        decisionBy: 'authority',
        ...over,
      });

    it.each(['a', 'b'] as const)('ground (%s): once', (ground) => {
      const next = ok(apply(inadmissible(ground), { action: 'notify_headquarters' }, CW));
      expect(next).toMatchObject({ hqNotified: true, state: 'decided' });
      expect(refused(apply(next, { action: 'notify_headquarters' }, CW))).toBe('LFIP-72-T7');
    });

    it.each(['c', 'ç'] as const)('ground (%s): never', (ground) => {
      expect(refused(apply(inadmissible(ground), { action: 'notify_headquarters' }, CW))).toBe('LFIP-72-T7');
    });

    it('not for other decisions', () => {
      for (const decision of ['rejected', 'excluded', 'refugee'] as const)
        expect(
          refused(
            apply(
              facts('decided', { decision, inadmissibilityGround: 'a' }),
              { action: 'notify_headquarters' },
              CW,
            ),
          ),
          decision,
        ).toBe('LFIP-72-T7');
    });

    it('also once the decision is served or under appeal', () => {
      expect(
        ok(apply(inadmissible('b', { state: 'notified' }), { action: 'notify_headquarters' }, DM)).state,
      ).toBe('notified');
      expect(
        ok(
          apply(
            inadmissible('a', { state: 'under_appeal', pendingAppeal: 'administrative_court' }),
            { action: 'notify_headquarters' },
            DM,
          ),
        ).state,
      ).toBe('under_appeal');
    });
  });

  describe('procedure switches and the delay notice', () => {
    it('accelerate is refused when already accelerated, return_to_regular when already regular', () => {
      expect(
        refused(
          apply(
            facts('registered', { procedure: 'accelerated' }),
            { action: 'accelerate', ground: 'public_order_threat' },
            DM,
          ),
        ),
      ).toBe('LFIP-79');
      expect(refused(apply(facts('registered'), { action: 'return_to_regular' }, DM))).toBe('LFIP-79');
      const acc = ok(apply(facts('registered'), { action: 'accelerate', ground: 'public_order_threat' }, DM));
      expect(acc).toMatchObject({ procedure: 'accelerated', state: 'registered' });
      expect(ok(apply(acc, { action: 'return_to_regular' }, DM)).procedure).toBe('regular');
    });

    it('the delay notice (T5) only when owed, and only once', () => {
      expect(refused(apply(facts('interviewed'), { action: 'serve_delay_notice' }, CW))).toBe('LFIP-78-T5');
      const next = ok(
        apply(facts('interviewed', { delayNoticeOwed: true }), { action: 'serve_delay_notice' }, CW),
      );
      expect(next).toMatchObject({ delayNoticeOwed: false, state: 'interviewed' });
      expect(refused(apply(next, { action: 'serve_delay_notice' }, CW))).toBe('LFIP-78-T5');
    });
  });
});

describe('whole procedures', () => {
  it('regular rejection through IPEC, administrative court and regional court ends final', () => {
    let f = facts('lodged');
    const step = (cmd: Command, role: Role = ADMIN) => {
      f = ok(apply(f, cmd, role));
      return f.state;
    };
    expect(step({ action: 'refer_to_province', provinceCode: '06' }, REG)).toBe('referred');
    expect(step({ action: 'register' }, REG)).toBe('registered');
    expect(
      step(
        {
          action: 'schedule_interview',
          scheduledAt: '2026-03-02T10:00:00Z',
          interpreterLanguage: null,
          attendees: [],
        },
        CW,
      ),
    ).toBe('interview_scheduled');
    expect(step({ action: 'record_interview', record: 'r' }, CW)).toBe('interviewed');
    expect(step({ action: 'decide', decision: 'rejected', reasons: 'x' }, DM)).toBe('decided');
    expect(step({ action: 'serve_decision' }, CW)).toBe('notified');
    f = { ...f, openAppealWindows: ['ipec', 'administrative_court'] };
    expect(step({ action: 'file_appeal', body: 'ipec' }, REG)).toBe('under_appeal');
    expect(step({ action: 'record_appeal_outcome', outcome: 'dismissed', reasons: 'x' }, DM)).toBe(
      'notified',
    );
    expect(f.decisionBy).toBe('ipec');
    f = { ...f, openAppealWindows: ['administrative_court'] };
    expect(step({ action: 'file_appeal', body: 'administrative_court' }, CW)).toBe('under_appeal');
    expect(step({ action: 'record_appeal_outcome', outcome: 'dismissed', reasons: 'x' }, DM)).toBe(
      'notified',
    );
    expect(f.decisionBy).toBe('administrative_court');
    f = { ...f, openAppealWindows: ['regional_administrative_court'] };
    expect(step({ action: 'file_appeal', body: 'regional_administrative_court' }, CW)).toBe('under_appeal');
    expect(step({ action: 'record_appeal_outcome', outcome: 'dismissed', reasons: 'x' }, DM)).toBe(
      'rejected_final',
    );
    expect(availableActions(f, ADMIN).filter((a) => a !== 'notify_headquarters')).toEqual([]);
  });

  it('temporary protection: pending → granted → ended, and no IP action applies', () => {
    let f = facts('tp_pending');
    expect(refused(apply(f, { action: 'register' }, ADMIN))).toBe('STATE');
    f = ok(apply(f, { action: 'grant_temporary_protection' }, REG));
    expect(f.state).toBe('tp_granted');
    expect(refused(apply(f, { action: 'withdraw', statement: 's' }, ADMIN))).toBe('STATE');
    f = ok(apply(f, { action: 'end_temporary_protection', ground: 'left_turkiye' }, DM));
    expect(f.state).toBe('tp_ended');
    expect(availableActions(f, ADMIN)).toEqual([]);
  });

  it('apply does not modify the facts it is given', () => {
    const f = facts('interview_scheduled', { missedInterviewsInARow: 1 });
    const copy = structuredClone(f);
    ok(apply(f, { action: 'record_missed_interview', excused: false }, CW));
    refused(apply(f, { action: 'register' }, CW));
    expect(f).toEqual(copy);
  });
});
