// The steps of a resettlement case after the referral. Each is one transaction: beginStep locks
// the case and checks scope, version, actor and stage; recordStep appends the event and audits.
import {
  afterReview,
  afterStateDecision,
  missingForSubmission,
  targetDate,
  type Priority,
  type SubmissionCategory,
} from '../../domain/resettlement/resettlement.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, invalid } from '../../core/errors.ts';
import { casesOfPersons, membersOfProtectionCase, protectionCase } from '../cases/records.service.ts';
import { performAction } from '../cases/cases.service.ts';
import * as sharing from '../sharing/records.service.ts';
import * as repo from './resettlement.repository.ts';
import { adultsWithoutConsent, beginStep, recordStep, violation } from './resettlement.service.ts';

type On = { version: number; on: string };

export async function acceptReferral(ctx: UseCaseContext, id: string, input: On) {
  const row = await beginStep(ctx, id, 'accept_referral', input.version, input.on);
  await repo.updateCase(ctx.trx, id, { stage: 'assessment' });
  await recordStep(ctx, row, 'accept_referral', input.on, {});
}

export async function prepareRrf(
  ctx: UseCaseContext,
  id: string,
  input: On & {
    priority: Priority;
    primaryCategory: SubmissionCategory;
    secondaryCategory: SubmissionCategory;
    narrative: string;
  },
) {
  const actor = requireActor(ctx);
  const row = await beginStep(ctx, id, 'prepare_rrf', input.version, input.on);
  if (input.primaryCategory === input.secondaryCategory)
    throw invalid([
      { field: 'secondaryCategory', message: 'must differ from the primary category', code: 'same_category' },
    ]);
  await repo.updateCase(ctx.trx, id, {
    stage: 'rrf',
    priority: input.priority,
    primary_category: input.primaryCategory,
    secondary_category: input.secondaryCategory,
    narrative: input.narrative,
    prepared_by: actor.userId,
    review_outcome: null,
  });
  await recordStep(ctx, row, 'prepare_rrf', input.on, {
    priority: input.priority,
    primary: input.primaryCategory,
    secondary: input.secondaryCategory,
  });
}

export async function sendToReview(ctx: UseCaseContext, id: string, input: On) {
  const row = await beginStep(ctx, id, 'send_to_review', input.version, input.on);
  const missing = missingForSubmission({
    priority: row.priority,
    primaryCategory: row.primary_category,
    secondaryCategory: row.secondary_category,
    narrative: row.narrative,
  });
  if (missing.length)
    throw invalid(
      missing.map((field) => ({ field, message: 'is required before review', code: 'required' })),
    );
  await repo.updateCase(ctx.trx, id, { stage: 'review' });
  await recordStep(ctx, row, 'send_to_review', input.on, {});
}

/** The reviewing officer is not the one who prepared the form (four eyes). */
export async function review(
  ctx: UseCaseContext,
  id: string,
  input: On & { outcome: 'not_recommended' | 'recommended_after_changes' | 'recommended' },
) {
  const actor = requireActor(ctx);
  const row = await beginStep(ctx, id, 'review', input.version, input.on);
  if (row.prepared_by === actor.userId)
    throw violation('The form is reviewed by another officer than the one who prepared it', 'FOUR_EYES');
  const stage = afterReview(input.outcome);
  await repo.updateCase(ctx.trx, id, {
    stage,
    review_outcome: input.outcome,
    reviewed_by: actor.userId,
    ...(stage === 'withdrawn' ? { closed_reason: 'not_recommended' } : {}),
  });
  await recordStep(ctx, row, 'review', input.on, { outcome: input.outcome });
}

/** Submission to a state: complete form, consent still in force, the state's agreement exists. */
export async function submit(ctx: UseCaseContext, id: string, input: On & { stateCode: string }) {
  const row = await beginStep(ctx, id, 'submit', input.version, input.on);
  const missing = missingForSubmission({
    priority: row.priority,
    primaryCategory: row.primary_category,
    secondaryCategory: row.secondary_category,
    narrative: row.narrative,
  });
  if (missing.length)
    throw invalid(
      missing.map((field) => ({ field, message: 'is required for submission', code: 'required' })),
    );
  const state = await sharing.organisation(ctx, input.stateCode);
  if (!state || state.kind !== 'resettlement_state')
    throw invalid([{ field: 'stateCode', message: 'is not a resettlement state', code: 'not_a_state' }]);
  if (!(await sharing.agreementInForce(ctx, state.code, 'resettlement_submission', input.on)))
    throw violation('No agreement says what this state may receive', 'NO_AGREEMENT', [
      { field: 'stateCode', message: state.code, code: 'no_agreement' },
    ]);
  const members = (await repo.membersOf(ctx.trx, id)).map((m) => m.person_id);
  const withoutConsent = await adultsWithoutConsent(
    ctx,
    members,
    row.organisation_code,
    'resettlement',
    input.on,
  );
  if (withoutConsent.length)
    throw violation(
      'Consent to resettlement is no longer in force for every adult',
      'CONSENT_REQUIRED',
      withoutConsent.map((p) => ({ field: 'members', message: p, code: 'consent_required' })),
    );
  const target = targetDate(input.on, await repo.targetDays(ctx.trx, row.priority!));
  await repo.updateCase(ctx.trx, id, {
    stage: 'submitted',
    submitted_to: state.country,
    submitted_on: input.on,
    target_date: target,
  });
  await recordStep(ctx, row, 'submit', input.on, { state: state.code, targetDate: target });
}

export async function stateDecision(
  ctx: UseCaseContext,
  id: string,
  input: On & {
    mode: 'interview' | 'dossier';
    members: { personId: string; decision: 'accepted' | 'rejected' }[];
  },
) {
  const row = await beginStep(ctx, id, 'state_decision', input.version, input.on);
  const members = await repo.membersOf(ctx.trx, id);
  const given = new Map(input.members.map((m) => [m.personId, m.decision]));
  const unknown = input.members.find((m) => !members.some((x) => x.person_id === m.personId));
  if (unknown || given.size !== members.length)
    throw invalid([
      {
        field: 'members',
        message: 'must give one decision for each member of the case',
        code: 'members_mismatch',
      },
    ]);
  for (const m of members) await repo.setMemberDecision(ctx.trx, id, m.person_id, given.get(m.person_id)!);
  const stage = afterStateDecision([...given.values()]);
  await repo.updateCase(ctx.trx, id, {
    stage,
    state_decision_on: input.on,
    decision_mode: input.mode,
    ...(stage === 'rejected' ? { closed_reason: 'rejected_by_state' } : {}),
  });
  await recordStep(ctx, row, 'state_decision', input.on, {
    mode: input.mode,
    accepted: [...given.values()].filter((d) => d === 'accepted').length,
    rejected: [...given.values()].filter((d) => d === 'rejected').length,
  });
}

export async function preDeparture(
  ctx: UseCaseContext,
  id: string,
  input: On & { medical?: boolean | undefined; orientation?: boolean | undefined },
) {
  const row = await beginStep(ctx, id, 'pre_departure', input.version, input.on);
  await repo.updateCase(ctx.trx, id, {
    stage: 'pre_departure',
    ...(input.medical ? { medical_on: input.on } : {}),
    ...(input.orientation ? { orientation_on: input.on } : {}),
  });
  await recordStep(ctx, row, 'pre_departure', input.on, {
    medical: !!input.medical,
    orientation: !!input.orientation,
  });
}

export async function exitPermission(ctx: UseCaseContext, id: string, input: On) {
  const row = await beginStep(ctx, id, 'exit_permission', input.version, input.on);
  await repo.updateCase(ctx.trx, id, { stage: 'pre_departure', exit_permission_on: input.on });
  await recordStep(ctx, row, 'exit_permission', input.on, {});
}

/**
 * The accepted members leave: temporary protection ends (ground: resettled) and a status holder's
 * case goes to a cessation decision (Law 7196 added resettlement as a ground), in this transaction.
 */
export async function depart(ctx: UseCaseContext, id: string, input: On) {
  const row = await beginStep(ctx, id, 'depart', input.version, input.on);
  const missing = [
    ...(row.medical_on ? [] : ['medical']),
    ...(row.orientation_on ? [] : ['orientation']),
    ...(row.exit_permission_on ? [] : ['exitPermission']),
  ];
  if (missing.length)
    throw violation(
      'Pre-departure steps are missing',
      'STAGE',
      missing.map((m) => ({ field: m, message: 'not done', code: 'pre_departure_missing' })),
    );
  const accepted = (await repo.membersOf(ctx.trx, id))
    .filter((m) => m.state_decision === 'accepted')
    .map((m) => m.person_id);
  await repo.markDeparted(ctx.trx, id, accepted);
  const cases = (await casesOfPersons(ctx, accepted)).filter(
    (c) => c.state === 'tp_granted' || c.state === 'protected',
  );
  const kept: string[] = [];
  for (const caseId of new Set(cases.map((c) => c.id))) {
    const pc = await protectionCase(ctx, caseId);
    if (!pc) continue;
    // A protection case is one decision for all its members: it ends only when all of them leave.
    // A member who stays (rejected by the state) keeps the case, and the case is reported.
    const everyone = (await membersOfProtectionCase(ctx, caseId)).map((m) => m.person_id);
    if (everyone.some((p) => !accepted.includes(p))) {
      kept.push(pc.reference);
      continue;
    }
    const command =
      pc.state === 'tp_granted'
        ? ({ action: 'end_temporary_protection', ground: 'resettled' } as const)
        : ({
            action: 'decide',
            decision: 'cessation',
            reasons: `Resettled to a third country (${row.reference}) on ${input.on}.`,
          } as const);
    await performAction(ctx, caseId, { version: pc.version, occurredOn: input.on, command });
  }
  await repo.updateCase(ctx.trx, id, { stage: 'departed', departed_on: input.on });
  await recordStep(ctx, row, 'depart', input.on, { departed: accepted.length, protectionCasesKept: kept });
}

export async function withdraw(ctx: UseCaseContext, id: string, input: On & { reason: string }) {
  const row = await beginStep(ctx, id, 'withdraw', input.version, input.on);
  if (!input.reason.trim())
    throw new AppError('VALIDATION', undefined, [{ field: 'reason', message: 'is required' }]);
  await repo.updateCase(ctx.trx, id, { stage: 'withdrawn', closed_reason: input.reason });
  await recordStep(ctx, row, 'withdraw', input.on, { reason: input.reason });
}
