import { describe, expect, it } from 'vitest';
import { APPEAL_WINDOWS } from './clocks.ts';
import { LIMIT_CODES, type LimitCode } from './time-limits.ts';
import { CLOCK_GROUP, WORKLIST_DEFINITIONS, WORKLISTS } from './worklists.ts';

describe('worklist groups of clocks', () => {
  it('puts every appeal window, and only those, in the appeal-windows group', () => {
    const windows = LIMIT_CODES.filter((c) => CLOCK_GROUP[c] === 'appeal_windows');
    expect(windows.sort()).toEqual((Object.keys(APPEAL_WINDOWS) as LimitCode[]).sort());
  });

  it('gives each clock worklist codes of its own group only', () => {
    for (const list of WORKLISTS) {
      const def = WORKLIST_DEFINITIONS[list];
      if (def.kind !== 'clock') continue;
      for (const code of def.codes ?? []) expect(CLOCK_GROUP[code], `${list} ${code}`).toBe(def.group);
    }
  });

  it('groups the case clocks as the migration backfills them', () => {
    // The same mapping is written in SQL in migration 20261129100000 for clocks that existed then.
    expect(CLOCK_GROUP).toMatchObject({
      T1: 'satellite_arrivals',
      T3: 'interviews',
      'T6-interview': 'interviews',
      T5: 'decisions',
      'T6-decision': 'decisions',
      T7: 'hq_notifications',
      'T9-decision': 'appeal_decisions',
      'T11-decision': 'appeal_decisions',
    });
  });
});
