// The steps of a resettlement case the staff app offers: the API path of each, who takes it
// (UNHCR, the authority, or either) and from which stages: a mirror of the server's STEPS table
// (domain/resettlement/resettlement.ts), kept equal to it by steps.test.ts.
import type { Stage, StepName } from '../../../../src/domain/resettlement/resettlement.ts';
import { can, resettlementSide } from '../../app/permissions.ts';
import type { User } from '../../api/types.ts';

export type { StepName };
type By = 'unhcr' | 'authority' | 'either';

const OPEN: readonly Stage[] = [
  'referred',
  'assessment',
  'rrf',
  'review',
  'ready',
  'submitted',
  'accepted',
  'pre_departure',
];

export const STEP_TABLE: Readonly<Record<StepName, { by: By; from: readonly Stage[]; path: string }>> = {
  accept_referral: { by: 'unhcr', from: ['referred'], path: 'acceptance' },
  prepare_rrf: { by: 'unhcr', from: ['assessment', 'rrf'], path: 'form' },
  send_to_review: { by: 'unhcr', from: ['rrf'], path: 'review-request' },
  review: { by: 'unhcr', from: ['review'], path: 'review' },
  submit: { by: 'unhcr', from: ['ready'], path: 'submission' },
  state_decision: { by: 'unhcr', from: ['submitted'], path: 'state-decision' },
  pre_departure: { by: 'unhcr', from: ['accepted', 'pre_departure'], path: 'pre-departure' },
  exit_permission: { by: 'authority', from: ['accepted', 'pre_departure'], path: 'exit-permission' },
  depart: { by: 'authority', from: ['pre_departure'], path: 'departure' },
  withdraw: { by: 'either', from: OPEN, path: 'withdrawal' },
};

export const STEP_NAMES = Object.keys(STEP_TABLE) as StepName[];

/** The steps this user may take on a case at this stage (the server checks again). */
export function stepsFor(user: User | null | undefined, stage: string): StepName[] {
  const side = resettlementSide(user);
  if (!side) return [];
  return STEP_NAMES.filter((name) => {
    const step = STEP_TABLE[name];
    if (!(step.from as readonly string[]).includes(stage)) return false;
    if (step.by === 'either') return can(user, 'resettlement:withdraw');
    if (step.by !== side) return false;
    return can(user, side === 'unhcr' ? 'resettlement:process' : 'resettlement:depart');
  });
}
