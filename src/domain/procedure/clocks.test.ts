import { describe, expect, it } from 'vitest';
import { APPEAL_WINDOWS, clockEffects, type ClockEffects } from './clocks.ts';
import { factsIn as after } from './facts.fixture.ts';
import type { CaseFacts, Command } from './states.ts';
import type { LimitCode } from './time-limits.ts';

const ON = '2026-03-10';
const LODGED = '2026-03-02';
const REGISTERED = '2026-03-03';

const at = (...codes: LimitCode[]) => codes.map((code) => ({ code, startedOn: ON }));
const effects = (f: CaseFacts, cmd: Command, registeredOn: string | null = REGISTERED) =>
  clockEffects(f, cmd, ON, LODGED, registeredOn);
/** Order-insensitive view of the effects. */
function norm(e: ClockEffects) {
  return {
    start: [...e.start].sort((a, b) => a.code.localeCompare(b.code)),
    close: e.close === 'all' ? 'all' : [...e.close].sort(),
  };
}
const expectEffects = (actual: ClockEffects, expected: ClockEffects) =>
  expect(norm(actual)).toEqual(norm(expected));

const SERVE: Command = { action: 'serve_decision' };
const DISMISSED: Command = { action: 'record_appeal_outcome', outcome: 'dismissed', reasons: 'x' };
const ANNULLED: Command = { action: 'record_appeal_outcome', outcome: 'annulled', reasons: 'x' };
const WINDOWS: LimitCode[] = [
  'T9-appeal',
  'T10',
  'T10-other',
  'T11-appeal',
  'T11-inadmissible',
  'T10-onward',
];

describe('appeal windows', () => {
  it('map each filing clock to its appeal body (LFIP Art. 80)', () => {
    expect(APPEAL_WINDOWS).toEqual({
      'T9-appeal': 'ipec',
      T10: 'administrative_court',
      'T10-other': 'administrative_court',
      'T11-appeal': 'administrative_court',
      'T11-inadmissible': 'administrative_court',
      'T10-onward': 'regional_administrative_court',
    });
  });
});

describe('clockEffects before the decision', () => {
  it('refer_to_province starts T1', () => {
    expectEffects(effects(after('referred'), { action: 'refer_to_province', provinceCode: '06' }), {
      start: at('T1'),
      close: [],
    });
  });

  it('register (regular) starts T3 and T5 and closes T1', () => {
    expectEffects(effects(after('registered'), { action: 'register' }), {
      start: at('T3', 'T5'),
      close: ['T1'],
    });
  });

  it('register (accelerated) starts neither T3 nor T5 (its T6 clocks run), still closes T1', () => {
    const e = effects(after('registered', { procedure: 'accelerated' }), { action: 'register' }, null);
    expect(e.start).toEqual([]);
    expect(e.close).toEqual(['T1']);
  });

  it('accelerate before any interview starts T6-interview from the lodging date and closes T3', () => {
    expectEffects(
      effects(after('registered', { procedure: 'accelerated' }), {
        action: 'accelerate',
        ground: 'no_protection_issue',
      }),
      { start: [{ code: 'T6-interview', startedOn: LODGED }], close: ['T3', 'T5'] },
    );
  });

  it('accelerate after the interview starts T6-decision from the day of the action', () => {
    expectEffects(
      effects(after('interviewed', { procedure: 'accelerated', interviewsHeld: 1 }), {
        action: 'accelerate',
        ground: 'misleading_documents',
      }),
      { start: at('T6-decision'), close: ['T3', 'T5'] },
    );
  });

  it('return_to_regular closes the T6 clocks, restarts T5 from registration and T3 when the interview is due', () => {
    const t5 = { code: 'T5' as const, startedOn: REGISTERED };
    expectEffects(effects(after('registered'), { action: 'return_to_regular' }), {
      start: [t5, ...at('T3')],
      close: ['T6-interview', 'T6-decision'],
    });
    // Not yet registered: T3 and T5 start at registration.
    expectEffects(effects(after('lodged'), { action: 'return_to_regular' }, null), {
      start: [],
      close: ['T6-interview', 'T6-decision'],
    });
    // Interview already held: only the six months, still counted from registration.
    expectEffects(effects(after('interviewed', { interviewsHeld: 1 }), { action: 'return_to_regular' }), {
      start: [t5],
      close: ['T6-interview', 'T6-decision'],
    });
  });

  it('record_interview closes the interview clocks; in the accelerated procedure it starts T6-decision', () => {
    expectEffects(
      effects(after('interviewed', { interviewsHeld: 1 }), { action: 'record_interview', record: 'r' }),
      {
        start: [],
        close: ['T3', 'T6-interview'],
      },
    );
    expectEffects(
      effects(after('interviewed', { interviewsHeld: 1, procedure: 'accelerated' }), {
        action: 'record_interview',
        record: 'r',
      }),
      { start: at('T6-decision'), close: ['T3', 'T6-interview'] },
    );
  });

  it('decide closes the interview, decision and reporting-to-province clocks', () => {
    expectEffects(
      effects(after('decided', { decision: 'rejected', decisionBy: 'authority' }), {
        action: 'decide',
        decision: 'rejected',
        reasons: 'x',
      }),
      { start: [], close: ['T3', 'T6-interview', 'T5', 'T6-decision', 'T1'] },
    );
  });

  it.each(['a', 'b'] as const)(
    'inadmissibility on ground (%s) starts T7 (24 hours to notify HQ)',
    (ground) => {
      const f = after('decided', {
        decision: 'inadmissible',
        inadmissibilityGround: ground,
        decisionBy: 'authority',
      });
      const e = effects(f, {
        action: 'decide',
        decision: 'inadmissible',
        reasons: 'x',
        inadmissibilityGround: ground,
      });
      expect(e.start).toEqual(at('T7'));
    },
  );

  it.each(['c', 'ç'] as const)('inadmissibility on ground (%s) starts no T7', (ground) => {
    const f = after('decided', {
      decision: 'inadmissible',
      inadmissibilityGround: ground,
      decisionBy: 'authority',
    });
    const e = effects(f, {
      action: 'decide',
      decision: 'inadmissible',
      reasons: 'x',
      inadmissibilityGround: ground,
    });
    expect(e.start).toEqual([]);
  });

  it('notify_headquarters closes T7', () => {
    expectEffects(
      effects(after('decided', { decision: 'inadmissible', inadmissibilityGround: 'a', hqNotified: true }), {
        action: 'notify_headquarters',
      }),
      { start: [], close: ['T7'] },
    );
  });
});

describe('clockEffects of serve_decision (the appeal windows it opens)', () => {
  const served = (over: Partial<CaseFacts>) =>
    effects(after('notified', { decisionBy: 'authority', ...over }), SERVE);

  it('a regular rejection opens T9-appeal (IPEC, 10 days) and T10 (court, 30 days)', () => {
    expectEffects(served({ decision: 'rejected' }), { start: at('T9-appeal', 'T10'), close: [] });
  });

  it('an accelerated rejection opens T11-appeal only', () => {
    expectEffects(served({ decision: 'rejected', procedure: 'accelerated' }), {
      start: at('T11-appeal'),
      close: [],
    });
  });

  it('inadmissibility opens T11-inadmissible (its own, UNVERIFIED rule)', () => {
    expectEffects(served({ decision: 'inadmissible', inadmissibilityGround: 'c' }), {
      start: at('T11-inadmissible'),
      close: [],
    });
  });

  it.each(['excluded', 'implicitly_withdrawn', 'cessation', 'cancellation'] as const)(
    '%s opens T10-other',
    (decision) => {
      expectEffects(served({ decision }), { start: at('T10-other'), close: [] });
    },
  );

  it.each(['refugee', 'conditional_refugee', 'subsidiary_protection'] as const)(
    'a positive decision (%s) opens no window',
    (decision) => {
      expectEffects(effects(after('protected', { decision, decisionBy: 'authority' }), SERVE), {
        start: [],
        close: [],
      });
    },
  );
});

describe('clockEffects of appeals', () => {
  it('file_appeal to IPEC starts T9-decision and closes every filing window', () => {
    expectEffects(
      effects(after('under_appeal', { decision: 'rejected', pendingAppeal: 'ipec' }), {
        action: 'file_appeal',
        body: 'ipec',
      }),
      { start: at('T9-decision'), close: WINDOWS },
    );
  });

  it('file_appeal to the court after the accelerated procedure or inadmissibility starts T11-decision', () => {
    expectEffects(
      effects(
        after('under_appeal', {
          decision: 'rejected',
          procedure: 'accelerated',
          pendingAppeal: 'administrative_court',
        }),
        {
          action: 'file_appeal',
          body: 'administrative_court',
        },
      ),
      { start: at('T11-decision'), close: WINDOWS },
    );
    expectEffects(
      effects(after('under_appeal', { decision: 'inadmissible', pendingAppeal: 'administrative_court' }), {
        action: 'file_appeal',
        body: 'administrative_court',
      }),
      { start: at('T11-decision'), close: WINDOWS },
    );
  });

  it('file_appeal to the court in the regular procedure, or to the regional court, starts no clock', () => {
    expectEffects(
      effects(after('under_appeal', { decision: 'rejected', pendingAppeal: 'administrative_court' }), {
        action: 'file_appeal',
        body: 'administrative_court',
      }),
      { start: [], close: WINDOWS },
    );
    expectEffects(
      effects(
        after('under_appeal', { decision: 'rejected', pendingAppeal: 'regional_administrative_court' }),
        {
          action: 'file_appeal',
          body: 'regional_administrative_court',
        },
      ),
      { start: [], close: WINDOWS },
    );
  });

  it('an IPEC rejection opens T10', () => {
    expectEffects(effects(after('notified', { decision: 'rejected', decisionBy: 'ipec' }), DISMISSED), {
      start: at('T10'),
      close: ['T9-decision', 'T11-decision'],
    });
  });

  it('a first-instance court dismissal opens T10-onward', () => {
    expectEffects(
      effects(after('notified', { decision: 'rejected', decisionBy: 'administrative_court' }), DISMISSED),
      {
        start: at('T10-onward'),
        close: ['T9-decision', 'T11-decision'],
      },
    );
    expectEffects(
      effects(after('notified', { decision: 'excluded', decisionBy: 'administrative_court' }), DISMISSED),
      {
        start: at('T10-onward'),
        close: ['T9-decision', 'T11-decision'],
      },
    );
  });

  it('an annulment back to registration restarts T3 and T5', () => {
    expectEffects(effects(after('registered', { decision: 'inadmissible' }), ANNULLED), {
      start: at('T3', 'T5'),
      close: ['T9-decision', 'T11-decision'],
    });
  });

  it('an annulment back to the interview stage restarts T5', () => {
    expectEffects(effects(after('interviewed', { decision: 'rejected', interviewsHeld: 1 }), ANNULLED), {
      start: at('T5'),
      close: ['T9-decision', 'T11-decision'],
    });
  });

  it('an annulled cessation restores protection and starts nothing', () => {
    expectEffects(effects(after('protected', { decision: 'cessation' }), ANNULLED), {
      start: [],
      close: ['T9-decision', 'T11-decision'],
    });
  });
});

describe('clockEffects into final states close everything', () => {
  const cases: [string, CaseFacts, Command][] = [
    ['finalise → rejected_final', after('rejected_final', { decision: 'rejected' }), { action: 'finalise' }],
    [
      'finalise → withdrawn',
      after('withdrawn', { decision: 'implicitly_withdrawn' }),
      { action: 'finalise' },
    ],
    ['finalise → status_ended', after('status_ended', { decision: 'cessation' }), { action: 'finalise' }],
    ['withdraw', after('withdrawn'), { action: 'withdraw', statement: 's' }],
    [
      'final court dismissal',
      after('rejected_final', { decision: 'rejected', procedure: 'accelerated' }),
      DISMISSED,
    ],
    [
      'end of temporary protection',
      after('tp_ended'),
      { action: 'end_temporary_protection', ground: 'resettled' },
    ],
  ];
  it.each(cases)('%s', (_what, f, cmd) => {
    expect(effects(f, cmd)).toEqual({ start: [], close: 'all' });
  });

  it('finalise only closes the filing windows when the case would not be final', () => {
    // Defensive path (finalise always leads to a final state in the machine).
    expectEffects(effects(after('notified', { decision: 'rejected' }), { action: 'finalise' }), {
      start: [],
      close: WINDOWS,
    });
  });
});

describe('clockEffects of actions that touch no clock', () => {
  const cases: [string, CaseFacts, Command][] = [
    ['serve_delay_notice', after('interviewed'), { action: 'serve_delay_notice' }],
    ['assign_caseworker', after('registered'), { action: 'assign_caseworker', userId: 'u' }],
    [
      'schedule_interview',
      after('interview_scheduled'),
      {
        action: 'schedule_interview',
        scheduledAt: '2026-03-12T09:00:00Z',
        interpreterLanguage: null,
        attendees: [],
      },
    ],
    ['record_missed_interview', after('registered'), { action: 'record_missed_interview', excused: false }],
    [
      'set_reporting_schedule',
      after('registered'),
      { action: 'set_reporting_schedule', intervalDays: 7, firstDueOn: '2026-03-16' },
    ],
    [
      'record_reporting',
      after('registered'),
      { action: 'record_reporting', dueOn: '2026-03-16', attended: false },
    ],
    ['grant_temporary_protection', after('tp_granted'), { action: 'grant_temporary_protection' }],
  ];
  it.each(cases)('%s', (_what, f, cmd) => {
    expect(effects(f, cmd)).toEqual({ start: [], close: [] });
  });
});
