// A filled form becomes exactly the command the server's schema accepts.
import { describe, expect, test } from 'vitest';
import { actionInput } from '../../../../src/modules/cases/cases.schema.ts';
import type { CaseView } from '../../api/types.ts';
import {
  checkDraft,
  COMMAND_FIELDS,
  fieldOfProblem,
  initialDraft,
  toCommand,
  visibleFields,
} from './commands.ts';

const kase = { state: 'interviewed', reporting: { nextDueOn: '2026-11-20' } } as unknown as CaseView;
const accepted = (command: unknown) =>
  actionInput.safeParse({ version: 1, occurredOn: '2026-11-29', command }).success;

describe('procedural action forms', () => {
  test('an interview is scheduled in Türkiye time, without an interpreter when none is chosen', () => {
    const draft = { ...initialDraft('schedule_interview', kase, '2026-11-29'), scheduledTime: '09:30' };
    const command = toCommand('schedule_interview', draft);
    expect(command).toEqual({
      action: 'schedule_interview',
      scheduledAt: '2026-11-29T09:30:00+03:00',
      interpreterLanguage: null,
      attendees: [],
    });
    expect(accepted(command)).toBe(true);
  });

  test('the ground of an inadmissibility is asked for, and sent, only with that decision', () => {
    const rejected = { decision: 'rejected', reasons: 'No well-founded fear.' };
    expect(visibleFields('decide', rejected).map((f) => f.name)).toEqual(['decision', 'reasons']);
    const inadmissible = { decision: 'inadmissible', reasons: 'Safe third country.' };
    expect(checkDraft('decide', inadmissible)).toEqual({ inadmissibilityGround: 'required' });
    const command = toCommand('decide', { ...inadmissible, inadmissibilityGround: 'ç' });
    expect(command).toMatchObject({ decision: 'inadmissible', inadmissibilityGround: 'ç' });
    expect(accepted(command)).toBe(true);
    expect(accepted(toCommand('decide', rejected))).toBe(true);
  });

  test('texts shorter than the server accepts are caught before sending', () => {
    expect(checkDraft('record_interview', { record: 'ok' })).toEqual({ record: 'tooShort' });
    expect(checkDraft('withdraw', {})).toEqual({ statement: 'required' });
  });

  test('every action without fields is sent as the bare action, and the server accepts it', () => {
    const bare = Object.entries(COMMAND_FIELDS).filter(([, fields]) => fields.length === 0);
    expect(bare.length).toBeGreaterThan(5);
    for (const [action] of bare) expect(accepted(toCommand(action as never, {}))).toBe(true);
  });

  test('reporting defaults to the day it was due, and a server problem names the form field', () => {
    expect(initialDraft('record_reporting', kase, '2026-11-29')).toEqual({ dueOn: '2026-11-20' });
    expect(fieldOfProblem('command.scheduledAt')).toBe('scheduledDate');
    expect(fieldOfProblem('command.reasons')).toBe('reasons');
    expect(fieldOfProblem('occurredOn')).toBe('occurredOn');
  });
});
