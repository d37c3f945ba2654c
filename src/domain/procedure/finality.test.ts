import { describe, expect, it } from 'vitest';
import { finalSince, type FinalityFacts } from './finality.ts';

// Windows end on 2026-03-20 (the protective last day) unless a row says otherwise.
const rows: [string, FinalityFacts, string, string | null][] = [
  // No appeal: final on the day after the last protective day, not on it.
  [
    'no appeal, inside the window',
    { state: 'notified', lastWindowDay: '2026-03-20', finalOn: null },
    '2026-03-20',
    null,
  ],
  [
    'no appeal, the day after',
    { state: 'notified', lastWindowDay: '2026-03-20', finalOn: null },
    '2026-03-21',
    '2026-03-21',
  ],
  [
    'no appeal, long after',
    { state: 'notified', lastWindowDay: '2026-03-20', finalOn: null },
    '2026-09-01',
    '2026-03-21',
  ],
  [
    'no window recorded: a person must look',
    { state: 'notified', lastWindowDay: null, finalOn: null },
    '2026-09-01',
    null,
  ],
  // Appeal withdrawn: as if none had been lodged, but never before the withdrawal.
  [
    'appeal withdrawn while the window still runs',
    { state: 'under_appeal', lastWindowDay: '2026-03-20', finalOn: null, appealWithdrawnOn: '2026-03-15' },
    '2026-03-21',
    '2026-03-21',
  ],
  [
    'appeal withdrawn after the window',
    { state: 'under_appeal', lastWindowDay: '2026-03-20', finalOn: null, appealWithdrawnOn: '2026-04-02' },
    '2026-04-02',
    '2026-04-02',
  ],
  [
    'appeal withdrawn, asked before the withdrawal',
    { state: 'under_appeal', lastWindowDay: '2026-03-20', finalOn: null, appealWithdrawnOn: '2026-04-02' },
    '2026-04-01',
    null,
  ],
  // Appeal rejected: pending until the judgment; final with a final judgment.
  [
    'appeal pending, judgment awaited',
    { state: 'under_appeal', lastWindowDay: null, finalOn: null },
    '2026-09-01',
    null,
  ],
  [
    'appeal rejected by a final judgment',
    { state: 'rejected_final', lastWindowDay: null, finalOn: '2026-05-04' },
    '2026-05-04',
    '2026-05-04',
  ],
  [
    'appeal rejected, asked before the judgment',
    { state: 'rejected_final', lastWindowDay: null, finalOn: '2026-05-04' },
    '2026-05-03',
    null,
  ],
  // A first-instance rejection opens a new window: the case is notified again and runs as above.
  [
    'appeal rejected at first instance, onward window open',
    { state: 'notified', lastWindowDay: '2026-06-03', finalOn: null },
    '2026-06-03',
    null,
  ],
  // Annulment: the examination resumes, nothing is final.
  [
    'annulled: examination resumes',
    { state: 'interviewed', lastWindowDay: null, finalOn: null },
    '2026-09-01',
    null,
  ],
  [
    'annulled before an interview',
    { state: 'registered', lastWindowDay: '2026-03-20', finalOn: null },
    '2026-09-01',
    null,
  ],
];

describe('finality of a decision', () => {
  it.each(rows)('%s', (_name, facts, on, expected) => {
    expect(finalSince(facts, on)).toBe(expected);
  });
});
