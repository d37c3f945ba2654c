// Administrative detention: the order, the transfer within 48 hours, the monthly reviews, the one
// extension, challenges before the criminal judgeship of peace, release and the alternatives.
// A detention goes on only through a review, and never past its legal maximum.
import {
  ALTERNATIVE_KINDS,
  APPLICANT_DETENTION_GROUNDS,
  REMOVAL_DETENTION_GROUNDS,
  challengeDecisionDue,
  detentionLimits,
  nextReviewDue,
  reviewRefusal,
  type DetentionBasis,
  type ReviewOutcome,
} from '../../domain/detention/limits.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { notInFuture } from '../../core/dates.ts';
import { requireActor, turkishToday, type UseCaseContext } from '../../core/use-case.ts';
import { loadCalendar } from '../calendar/calendar.service.ts';
import { removalGuardFor } from '../cases/cases.view.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { lockPersons } from '../persons/records.service.ts';
import { runHook } from '../../core/hooks.ts';
import * as repo from './detention.repository.ts';

export interface Alternative {
  kind: (typeof ALTERNATIVE_KINDS)[number];
  startsOn: string;
  endsOn?: string | null | undefined;
  details?: string | null | undefined;
}

const violation = (detail: string, rule: string, field: string, code: string) =>
  new AppError('RULE_VIOLATION', detail, [{ field, message: detail, code }], { rule });

export async function loadDetentionInScope(ctx: UseCaseContext, id: string, action: string, lock = false) {
  const row = await repo.findDetention(ctx.trx, id, lock);
  if (!row) throw notFound('Detention');
  await loadPersonInScope(ctx, row.person_id, action, 'Detention');
  return row;
}

export async function orderDetention(
  ctx: UseCaseContext,
  input: { personId: string; basis: DetentionBasis; grounds: string[]; orderedAt: string },
): Promise<string> {
  const actor = requireActor(ctx);
  // Legal dates are Turkish dates (UTC+3).
  const orderedOn = turkishToday(new Date(input.orderedAt));
  notInFuture(orderedOn, ctx.today, 'orderedAt');
  const person = await loadPersonInScope(ctx, input.personId, 'detention.order');
  await lockPersons(ctx, [person.id]);
  const allowed: readonly string[] =
    input.basis === 'removal' ? REMOVAL_DETENTION_GROUNDS : APPLICANT_DETENTION_GROUNDS;
  const wrong = input.grounds.findIndex((g) => !allowed.includes(g));
  if (wrong >= 0)
    throw invalid([
      {
        field: `grounds[${wrong}]`,
        message: `not a ground for ${input.basis} detention`,
        code: 'unknown_ground',
      },
    ]);
  if ((await repo.openDetentionsOf(ctx.trx, [person.id])).length)
    throw conflict('The person is already detained', [
      { field: 'personId', message: 'already detained', code: 'already_detained' },
    ]);
  const [removal] = await runHook(ctx, 'detention.open-removal-decision', { personId: person.id });
  // Art. 57 detains for removal, so a removal decision must exist; Art. 68 detains an applicant.
  if (input.basis === 'removal' && !removal)
    throw violation(
      'Detention for removal needs a removal decision',
      'LFIP-57',
      'basis',
      'removal_decision_required',
    );
  if (
    input.basis === 'ip_applicant' &&
    !(await removalGuardFor(ctx, [person.id])).bars.includes('application_pending')
  )
    throw violation(
      'Art. 68 detention is for a person whose application is pending',
      'LFIP-68',
      'basis',
      'application_required',
    );
  const limits = detentionLimits(
    input.basis,
    new Date(input.orderedAt),
    orderedOn,
    await loadCalendar(ctx.trx),
  );
  const serial = await repo.nextDetentionSerial(ctx.trx);
  const { id } = await repo.insertDetention(ctx.trx, {
    reference: `ID-${orderedOn.slice(0, 4)}-${String(serial).padStart(6, '0')}`,
    person_id: person.id,
    province_code: actor.provinceCode ?? person.province_code,
    basis: input.basis,
    removal_id: input.basis === 'removal' ? (removal?.id ?? null) : null,
    grounds: input.grounds,
    ordered_at: new Date(input.orderedAt),
    ordered_on: orderedOn,
    transfer_due_at: limits.transferDueAt,
    initial_until: limits.initialUntil,
    next_review_due: limits.firstReviewDue,
    created_by: actor.userId,
  });
  ctx.audit({
    action: 'detention.order',
    entityType: 'detention',
    entityId: id,
    personId: person.id,
    details: { basis: input.basis, grounds: input.grounds },
  });
  return id;
}

export async function review(
  ctx: UseCaseContext,
  id: string,
  input: {
    version: number;
    reviewedOn: string;
    outcome: ReviewOutcome;
    reasons: string;
    extendUntil?: string | undefined;
    extensionReason?: string | undefined;
    alternatives?: Alternative[] | undefined;
  },
) {
  const actor = requireActor(ctx);
  notInFuture(input.reviewedOn, ctx.today, 'reviewedOn');
  const d = await loadDetentionInScope(ctx, id, 'detention.review', true);
  if (d.version !== input.version)
    throw new AppError('STALE_VERSION', `The detention is at version ${d.version}`);
  if (d.state !== 'detained') throw violation('The person has been released', 'STATE', 'outcome', 'released');
  const last = (await repo.lastReview(ctx.trx, id))?.reviewed_on ?? d.ordered_on;
  if (input.reviewedOn < last)
    throw invalid([
      { field: 'reviewedOn', message: `is before ${last}`, code: 'date_before_previous_event' },
    ]);
  const calendar = await loadCalendar(ctx.trx);
  const limits = detentionLimits(d.basis, d.ordered_at, d.ordered_on, calendar);
  const refusal = reviewRefusal(
    {
      basis: d.basis,
      initialUntil: d.initial_until,
      extendedUntil: d.extended_until,
      extensionLimit: limits.extensionLimit,
    },
    input,
  );
  if (refusal)
    throw violation(
      `The review cannot ${input.outcome} this detention: ${refusal}`,
      d.basis === 'removal' ? 'LFIP-57' : 'LFIP-68',
      input.outcome === 'extend' ? 'extendUntil' : 'outcome',
      refusal,
    );
  const late = input.reviewedOn > d.next_review_due;
  await repo.insertReview(ctx.trx, {
    detention_id: id,
    reviewed_on: input.reviewedOn,
    outcome: input.outcome,
    reasons: input.reasons,
    late,
    reviewed_by: actor.userId,
  });
  if (input.outcome === 'release') {
    await releaseNow(ctx, d, input.reviewedOn, 'review', input.alternatives ?? []);
  } else {
    const mustEnd = input.outcome === 'extend' ? input.extendUntil! : (d.extended_until ?? d.initial_until);
    await repo.updateDetention(ctx.trx, id, {
      next_review_due: nextReviewDue(input.reviewedOn, mustEnd),
      ...(input.outcome === 'extend'
        ? { extended_until: input.extendUntil!, extension_reason: input.extensionReason! }
        : {}),
    });
  }
  ctx.audit({
    action: 'detention.review',
    entityType: 'detention',
    entityId: id,
    personId: d.person_id,
    details: { outcome: input.outcome, late },
  });
}

type DetentionRowLike = { id: string; person_id: string; state: string; ordered_on: string };

async function releaseNow(
  ctx: UseCaseContext,
  d: DetentionRowLike,
  on: string,
  reason: string,
  alternatives: Alternative[],
) {
  const actor = requireActor(ctx);
  if (on < d.ordered_on) throw invalid([{ field: 'releasedOn', message: 'is before the order' }]);
  await repo.updateDetention(ctx.trx, d.id, { state: 'released', released_on: on, release_reason: reason });
  await repo.insertAlternatives(
    ctx.trx,
    alternatives.map((a) => ({
      person_id: d.person_id,
      detention_id: d.id,
      removal_id: null,
      kind: a.kind,
      starts_on: a.startsOn,
      ends_on: a.endsOn ?? null,
      details: a.details ?? null,
      imposed_by: actor.userId,
    })),
  );
  await endRemovalCentrePlacement(ctx, d.person_id, on, reason === 'removed' ? 'removed' : 'released');
  ctx.audit({
    action: 'detention.release',
    entityType: 'detention',
    entityId: d.id,
    personId: d.person_id,
    details: { reason, alternatives: alternatives.map((a) => a.kind) },
  });
}

/** Leaving detention frees the bed in the removal centre (placements answers the hook). */
async function endRemovalCentrePlacement(
  ctx: UseCaseContext,
  personId: string,
  on: string,
  reason: 'released' | 'removed',
) {
  await runHook(ctx, 'detention.ended', { personId, on, reason });
}

export async function release(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; releasedOn: string; reason: string; alternatives: Alternative[] },
) {
  notInFuture(input.releasedOn, ctx.today, 'releasedOn');
  const d = await loadDetentionInScope(ctx, id, 'detention.release', true);
  if (d.version !== input.version)
    throw new AppError('STALE_VERSION', `The detention is at version ${d.version}`);
  if (d.state !== 'detained') throw violation('The person has been released', 'STATE', 'reason', 'released');
  await releaseNow(ctx, d, input.releasedOn, input.reason, input.alternatives);
}

/** When a removal is carried out, the detention that served it ends too. */
export async function endDetentionOnRemoval(ctx: UseCaseContext, personId: string, on: string) {
  for (const open of await repo.openDetentionsOf(ctx.trx, [personId])) {
    const d = await repo.findDetention(ctx.trx, open.id, true);
    if (d) await releaseNow(ctx, d, on, 'removed', []);
  }
  await endRemovalCentrePlacement(ctx, personId, on, 'removed');
}

export async function lodgeChallenge(ctx: UseCaseContext, id: string, input: { lodgedOn: string }) {
  const actor = requireActor(ctx);
  notInFuture(input.lodgedOn, ctx.today, 'lodgedOn');
  const d = await loadDetentionInScope(ctx, id, 'detention.challenge', true);
  // No filing deadline, and it may be repeated (domain.md §9.3); it does not suspend detention.
  if (input.lodgedOn < d.ordered_on) throw invalid([{ field: 'lodgedOn', message: 'is before the order' }]);
  const due = challengeDecisionDue(input.lodgedOn, await loadCalendar(ctx.trx));
  const { id: challengeId } = await repo.insertChallenge(ctx.trx, {
    detention_id: id,
    lodged_on: input.lodgedOn,
    decision_due: due,
    recorded_by: actor.userId,
  });
  ctx.audit({ action: 'detention.challenge', entityType: 'detention', entityId: id, personId: d.person_id });
  return challengeId;
}

export async function decideChallenge(
  ctx: UseCaseContext,
  id: string,
  challengeId: string,
  input: { decidedOn: string; outcome: 'release_ordered' | 'rejected' },
) {
  notInFuture(input.decidedOn, ctx.today, 'decidedOn');
  const d = await loadDetentionInScope(ctx, id, 'detention.challenge_decision', true);
  const challenge = await repo.findChallenge(ctx.trx, challengeId);
  if (!challenge || challenge.detention_id !== id) throw notFound('Challenge');
  if (challenge.decided_on) throw conflict('The challenge has been decided');
  if (input.decidedOn < challenge.lodged_on)
    throw invalid([{ field: 'decidedOn', message: 'is before the challenge' }]);
  await repo.decideChallenge(ctx.trx, challengeId, input.decidedOn, input.outcome);
  if (input.outcome === 'release_ordered' && d.state === 'detained')
    await releaseNow(ctx, d, input.decidedOn, 'judgeship_order', []);
  ctx.audit({
    action: 'detention.challenge_decision',
    entityType: 'detention',
    entityId: id,
    personId: d.person_id,
    details: { outcome: input.outcome },
  });
}
