// The steps of a removal decision the staff app offers, the API path of each, the member that
// carries its date, and which steps each state allows (removal.service.ts).
export type Step = 'notification' | 'appeal' | 'appealOutcome' | 'cancellation' | 'carryOut';

export const STEP_PATH: Readonly<Record<Step, string>> = {
  notification: 'notification',
  appeal: 'appeal',
  appealOutcome: 'appeal-outcome',
  cancellation: 'cancellation',
  carryOut: 'carry-out',
};

export const REMOVAL_STEP_NAMES = Object.keys(STEP_PATH) as Step[];

export const STEP_DATE_FIELD: Readonly<Record<Step, string>> = {
  notification: 'notifiedOn',
  appeal: 'lodgedOn',
  appealOutcome: 'decidedOn',
  cancellation: 'on',
  carryOut: 'carriedOutOn',
};

/** Carrying out is offered even while barred: the server refuses it with every bar and its rule. */
export const STEPS_IN_STATE: Readonly<Record<string, readonly Step[]>> = {
  decided: ['notification', 'cancellation'],
  notified: ['appeal', 'carryOut', 'cancellation'],
  under_appeal: ['appealOutcome', 'cancellation'],
  enforceable: ['carryOut', 'cancellation'],
};
