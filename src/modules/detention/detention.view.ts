// A detention as the resident and removal pages show it: its limits as clocks with last days.
import { detentionLimits } from '../../domain/detention/limits.ts';
import type { DetentionRow } from '../../db/schema.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { auditListed } from '../../core/list-audit.ts';
import { addDays } from '../../domain/calendar.ts';
import { loadDetentionInScope } from './detention.service.ts';
import { loadCalendar } from '../calendar/calendar.service.ts';
import * as repo from './detention.repository.ts';

export type ClockStatus = 'open' | 'met' | 'overdue';

export interface DetentionClockView {
  code: 'T15' | 'T16-review' | 'T16-initial' | 'T16-extension' | 'T17' | 'T18';
  /** A date, or for the 48-hour transfer an instant. */
  lastDay: string;
  status: ClockStatus;
}

function clocksOf(
  d: DetentionRow,
  challenges: { decision_due: string; decided_on: string | null }[],
  now: Date,
  today: string,
): DetentionClockView[] {
  const detained = d.state === 'detained';
  const dayStatus = (last: string, met: boolean): ClockStatus =>
    met ? 'met' : today > last ? 'overdue' : 'open';
  const clocks: DetentionClockView[] = [
    {
      code: 'T15',
      lastDay: d.transfer_due_at.toISOString(),
      status: d.transferred_at || !detained ? 'met' : now > d.transfer_due_at ? 'overdue' : 'open',
    },
  ];
  if (detained)
    clocks.push({
      code: 'T16-review',
      lastDay: d.next_review_due,
      status: dayStatus(d.next_review_due, false),
    });
  clocks.push({
    code: d.basis === 'removal' ? 'T16-initial' : 'T18',
    lastDay: d.initial_until,
    status: dayStatus(d.initial_until, !detained || d.extended_until !== null),
  });
  if (d.extended_until)
    clocks.push({
      code: 'T16-extension',
      lastDay: d.extended_until,
      status: dayStatus(d.extended_until, !detained),
    });
  for (const c of challenges)
    clocks.push({
      code: 'T17',
      lastDay: c.decision_due,
      status: dayStatus(c.decision_due, c.decided_on !== null),
    });
  return clocks;
}

export async function detentionView(ctx: UseCaseContext, d: DetentionRow) {
  const [reviews, challenges, calendar] = await Promise.all([
    repo.reviewsOf(ctx.trx, d.id),
    repo.challengesOf(ctx.trx, d.id),
    loadCalendar(ctx.trx),
  ]);
  const limits = detentionLimits(d.basis, d.ordered_at, d.ordered_on, calendar);
  return {
    id: d.id,
    reference: d.reference,
    personId: d.person_id,
    basis: d.basis,
    grounds: d.grounds,
    removalId: d.removal_id,
    orderedAt: d.ordered_at.toISOString(),
    state: d.state,
    centreId: d.centre_id,
    transferredAt: d.transferred_at?.toISOString() ?? null,
    initialUntil: d.initial_until,
    extendedUntil: d.extended_until,
    extensionLimit: d.extended_until ? null : limits.extensionLimit,
    extensionReason: d.extension_reason,
    nextReviewDue: d.state === 'detained' ? d.next_review_due : null,
    releasedOn: d.released_on,
    releaseReason: d.release_reason,
    version: d.version,
    clocks: clocksOf(d, challenges, new Date(), ctx.today),
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewed_on,
      outcome: r.outcome,
      reasons: r.reasons,
      late: r.late,
      reviewer: r.reviewer,
    })),
    challenges: challenges.map((c) => ({
      id: c.id,
      lodgedOn: c.lodged_on,
      decisionDue: c.decision_due,
      decidedOn: c.decided_on,
      outcome: c.outcome,
    })),
  };
}

export async function detentionPage(ctx: UseCaseContext, id: string) {
  const d = await loadDetentionInScope(ctx, id, 'detention.read');
  ctx.audit({ action: 'detention.read', entityType: 'detention', entityId: id, personId: d.person_id });
  return detentionView(ctx, d);
}

/** The directorate's worklist: what falls due within a week, the most urgent first. */
export async function detentionsDueView(ctx: UseCaseContext, provinceCode: string | undefined) {
  const actor = requireActor(ctx);
  const province = actor.provinceCode ?? provinceCode ?? null;
  const rows = await repo.detentionsDue(ctx.trx, { provinceCode: province }, addDays(ctx.today, 7));
  const now = new Date();
  auditListed(ctx, 'detention.list', 'detention', rows);
  return rows.map((d) => {
    const mustEndBy = d.extended_until ?? d.initial_until;
    const transferOverdue = !d.transferred_at && now > d.transfer_due_at;
    return {
      detentionId: d.id,
      reference: d.reference,
      personId: d.person_id,
      name: `${d.given_name} ${d.family_name}`,
      fictional: d.fictional,
      basis: d.basis,
      nextReviewDue: d.next_review_due,
      mustEndBy,
      transferDueAt: d.transferred_at ? null : d.transfer_due_at.toISOString(),
      reviewOverdue: d.next_review_due < ctx.today,
      pastMaximum: mustEndBy < ctx.today,
      transferOverdue,
    };
  });
}
