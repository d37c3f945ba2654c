// The form of each procedural action: which fields it asks for (as in the server's command
// schemas, cases.schema.ts), their defaults, and how a filled form becomes the command sent.
import type { CaseAction, CaseView, Command } from '../../api/types.ts';
import {
  ACCELERATION_GROUNDS,
  APPEAL_BODIES,
  APPEAL_OUTCOMES,
  ATTENDEES,
  DECISIONS,
  INADMISSIBILITY_GROUNDS,
  STATUS_DECISIONS,
  TP_END_GROUNDS,
  WITHDRAWAL_GROUNDS,
} from './codes.ts';

export type Draft = Record<string, string | string[]>;

interface Base {
  /** The command's member, and `actionField.<name>` in the catalogues. */
  name: string;
  required?: boolean;
  /** Shown only when the rest of the form calls for it (e.g. the ground of an inadmissibility). */
  when?: (draft: Draft) => boolean;
}

export type FieldSpec = Base &
  (
    | { kind: 'text' | 'textarea' | 'date' | 'time' | 'number'; minLength?: number }
    | { kind: 'yesno' | 'province' | 'language' | 'caseworker' }
    | {
        kind: 'select' | 'radio' | 'checkboxes';
        /** The catalogue section of the option labels: `<labels>.<code>`. */
        labels: string;
        options: (c: CaseView) => readonly string[];
      }
  );

const TEXT_MIN = 3;
const all = (list: readonly string[]) => () => list;
const reasons: FieldSpec = { name: 'reasons', kind: 'textarea', required: true, minLength: TEXT_MIN };

export const COMMAND_FIELDS: Readonly<Record<CaseAction, readonly FieldSpec[]>> = {
  refer_to_province: [{ name: 'provinceCode', kind: 'province', required: true }],
  register: [],
  accelerate: [
    {
      name: 'ground',
      kind: 'select',
      labels: 'accelerationGround',
      options: all(ACCELERATION_GROUNDS),
      required: true,
    },
  ],
  return_to_regular: [],
  assign_caseworker: [{ name: 'userId', kind: 'caseworker', required: true }],
  schedule_interview: [
    { name: 'scheduledDate', kind: 'date', required: true },
    { name: 'scheduledTime', kind: 'time', required: true },
    { name: 'location', kind: 'text' },
    { name: 'interpreterLanguage', kind: 'language' },
    { name: 'attendees', kind: 'checkboxes', labels: 'attendee', options: all(ATTENDEES) },
  ],
  record_interview: [{ name: 'record', kind: 'textarea', required: true, minLength: TEXT_MIN }],
  record_missed_interview: [{ name: 'excused', kind: 'yesno', required: true }],
  decide: [
    {
      name: 'decision',
      kind: 'select',
      labels: 'decision',
      // A status held can only be ended; an application can only be decided.
      options: (c) => DECISIONS.filter((d) => STATUS_DECISIONS.includes(d) === (c.state === 'protected')),
      required: true,
    },
    {
      name: 'inadmissibilityGround',
      kind: 'select',
      labels: 'inadmissibilityGround',
      options: all(INADMISSIBILITY_GROUNDS),
      required: true,
      when: (d) => d.decision === 'inadmissible',
    },
    {
      name: 'withdrawalGround',
      kind: 'select',
      labels: 'withdrawalGround',
      options: all(WITHDRAWAL_GROUNDS),
      required: true,
      when: (d) => d.decision === 'implicitly_withdrawn',
    },
    reasons,
  ],
  notify_headquarters: [],
  serve_decision: [],
  serve_delay_notice: [],
  file_appeal: [
    { name: 'body', kind: 'select', labels: 'appealBody', options: all(APPEAL_BODIES), required: true },
  ],
  record_appeal_outcome: [
    {
      name: 'outcome',
      kind: 'radio',
      labels: 'appealOutcome',
      options: all(APPEAL_OUTCOMES),
      required: true,
    },
    reasons,
  ],
  finalise: [],
  withdraw: [{ name: 'statement', kind: 'textarea', required: true, minLength: TEXT_MIN }],
  set_reporting_schedule: [
    { name: 'intervalDays', kind: 'number', required: true },
    { name: 'firstDueOn', kind: 'date', required: true },
  ],
  record_reporting: [
    { name: 'dueOn', kind: 'date', required: true },
    { name: 'attended', kind: 'yesno', required: true },
  ],
  grant_temporary_protection: [],
  end_temporary_protection: [
    { name: 'ground', kind: 'select', labels: 'tpEndGround', options: all(TP_END_GROUNDS), required: true },
  ],
};

const DEFAULTS: Partial<Record<CaseAction, (c: CaseView, today: string) => Draft>> = {
  schedule_interview: (_c, today) => ({ scheduledDate: today, scheduledTime: '10:00', attendees: [] }),
  set_reporting_schedule: (_c, today) => ({ firstDueOn: today }),
  record_reporting: (c, today) => ({
    dueOn: c.reporting.nextDueOn && c.reporting.nextDueOn <= today ? c.reporting.nextDueOn : today,
  }),
};

export function initialDraft(action: CaseAction, c: CaseView, today: string): Draft {
  return DEFAULTS[action]?.(c, today) ?? {};
}

export const visibleFields = (action: CaseAction, draft: Draft) =>
  COMMAND_FIELDS[action].filter((f) => !f.when || f.when(draft));

/** Fields left empty or too short, by name: 'required' or 'tooShort'. */
export function checkDraft(action: CaseAction, draft: Draft): Record<string, 'required' | 'tooShort'> {
  const problems: Record<string, 'required' | 'tooShort'> = {};
  for (const f of visibleFields(action, draft)) {
    const value = draft[f.name];
    const text = typeof value === 'string' ? value.trim() : '';
    if (f.required && !Array.isArray(value) && text === '') problems[f.name] = 'required';
    else if ('minLength' in f && f.minLength && text !== '' && text.length < f.minLength)
      problems[f.name] = 'tooShort';
  }
  return problems;
}

const str = (draft: Draft, name: string) => {
  const value = draft[name];
  return typeof value === 'string' ? value.trim() : '';
};
const list = (draft: Draft, name: string) => {
  const value = draft[name];
  return Array.isArray(value) ? value : [];
};

/** The command a checked form sends. Türkiye keeps UTC+3 all year, so times carry +03:00. */
export function toCommand(action: CaseAction, d: Draft): Command {
  const s = (name: string) => str(d, name);
  switch (action) {
    case 'refer_to_province':
      return { action, provinceCode: s('provinceCode') };
    case 'accelerate':
      return { action, ground: s('ground') as Extract<Command, { action: 'accelerate' }>['ground'] };
    case 'assign_caseworker':
      return { action, userId: s('userId') };
    case 'schedule_interview':
      return {
        action,
        scheduledAt: `${s('scheduledDate')}T${s('scheduledTime')}:00+03:00`,
        ...(s('location') ? { location: s('location') } : {}),
        interpreterLanguage: s('interpreterLanguage') || null,
        attendees: list(d, 'attendees') as Extract<Command, { action: 'schedule_interview' }>['attendees'],
      };
    case 'record_interview':
      return { action, record: s('record') };
    case 'record_missed_interview':
      return { action, excused: s('excused') === 'yes' };
    case 'decide': {
      const decision = s('decision') as Extract<Command, { action: 'decide' }>['decision'];
      return {
        action,
        decision,
        reasons: s('reasons'),
        ...(decision === 'inadmissible'
          ? { inadmissibilityGround: s('inadmissibilityGround') as 'a' | 'b' | 'c' | 'ç' }
          : {}),
        ...(decision === 'implicitly_withdrawn'
          ? {
              withdrawalGround: s('withdrawalGround') as NonNullable<
                Extract<Command, { action: 'decide' }>['withdrawalGround']
              >,
            }
          : {}),
      };
    }
    case 'file_appeal':
      return { action, body: s('body') as Extract<Command, { action: 'file_appeal' }>['body'] };
    case 'record_appeal_outcome':
      return {
        action,
        outcome: s('outcome') === 'annulled' ? 'annulled' : 'dismissed',
        reasons: s('reasons'),
      };
    case 'withdraw':
      return { action, statement: s('statement') };
    case 'set_reporting_schedule':
      return { action, intervalDays: Number(s('intervalDays')), firstDueOn: s('firstDueOn') };
    case 'record_reporting':
      return { action, dueOn: s('dueOn'), attended: s('attended') === 'yes' };
    case 'end_temporary_protection':
      return {
        action,
        ground: s('ground') as Extract<Command, { action: 'end_temporary_protection' }>['ground'],
      };
    case 'register':
    case 'return_to_regular':
    case 'notify_headquarters':
    case 'serve_decision':
    case 'serve_delay_notice':
    case 'finalise':
    case 'grant_temporary_protection':
      return { action };
  }
}

/** The form field a server problem names: `command.scheduledAt` is the interview's date. */
export function fieldOfProblem(path: string): string {
  const name = path.replace(/^command\./, '');
  return name === 'scheduledAt' ? 'scheduledDate' : name;
}
