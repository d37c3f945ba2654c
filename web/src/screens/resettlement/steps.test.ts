// The staff app's copy of the resettlement steps must say what the server's table says.
import { describe, expect, test } from 'vitest';
import { STEPS } from '../../../../src/domain/resettlement/resettlement.ts';
import type { User } from '../../api/types.ts';
import { STEP_NAMES, STEP_TABLE, stepsFor } from './steps.ts';

const user = (role: string, organisation: string | null = null): User => ({
  id: 'u',
  username: 'u',
  displayName: 'U',
  role,
  provinceCode: organisation ? null : '06',
  centreId: null,
  organisation,
  preferredLanguage: 'tr',
});

describe('resettlement steps shown in the staff app', () => {
  test('every step of the server, taken by the same side from the same stages', () => {
    expect([...STEP_NAMES].sort()).toEqual(Object.keys(STEPS).sort());
    for (const name of STEP_NAMES) {
      expect(STEP_TABLE[name].by, name).toBe(STEPS[name].by);
      expect([...STEP_TABLE[name].from].sort(), name).toEqual([...STEPS[name].from].sort());
    }
  });

  test('UNHCR prepares and submits; the decision-maker gives the exit permission; both withdraw', () => {
    const unhcr = user('unhcr_officer', 'UNHCR-TR');
    expect(stepsFor(unhcr, 'referred')).toEqual(['accept_referral', 'withdraw']);
    expect(stepsFor(unhcr, 'accepted')).toEqual(['pre_departure', 'withdraw']);
    expect(stepsFor(user('decision_maker'), 'accepted')).toEqual(['exit_permission', 'withdraw']);
    expect(stepsFor(user('protection_caseworker'), 'pre_departure')).toEqual(['withdraw']);
    expect(stepsFor(user('registration_officer'), 'referred')).toEqual([]);
    expect(stepsFor(user('partner_officer', 'TBB-LEGAL'), 'referred')).toEqual([]);
    expect(stepsFor(unhcr, 'departed')).toEqual([]);
  });
});
