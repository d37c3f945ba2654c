// Referrals of a person (or family) from one agency to another for a service, with the consent
// of each person recorded. The receiving organisation sees the referral and, through the
// boundary, only the fields its agreement for that service lists.
import type { ReferralService } from '../../domain/sharing/boundary.ts';
import { notInFuture } from '../../core/dates.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { auditListed } from '../../core/list-audit.ts';
import type { AgencyReferralRow } from '../../db/schema.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import {
  adultsWithoutConsent,
  fieldsFor,
  isOrganisationUser,
  outside,
  reachesForAnyPurpose,
  sharedPersonView,
} from './boundary.service.ts';
import * as repo from './sharing.repository.ts';
import * as referrals from './referrals.repository.ts';

export interface SendInput {
  personId: string;
  memberIds: string[];
  toOrganisation: string;
  service: ReferralService;
  sentOn: string;
  note?: string | null | undefined;
}

export async function sendReferral(ctx: UseCaseContext, input: SendInput): Promise<string> {
  const actor = requireActor(ctx);
  notInFuture(input.sentOn, ctx.today, 'sentOn');
  const ids = [input.personId, ...input.memberIds];
  if (new Set(ids).size !== ids.length)
    throw invalid([{ field: 'memberIds', message: 'lists a person twice' }]);
  // The sender must itself reach each person: the authority by its scope, an organisation
  // through what was shared with it.
  for (const id of ids) {
    if (!isOrganisationUser(actor)) await loadPersonInScope(ctx, id, 'referral.send');
    else if (!(await reachesForAnyPurpose(ctx, actor, id)))
      throw outside('person', id, 'referral.send', 'not_shared');
  }
  const to = await repo.findOrganisation(ctx.trx, input.toOrganisation);
  if (!to || !to.active || to.kind === 'resettlement_state')
    throw invalid([
      {
        field: 'toOrganisation',
        message: 'is not an organisation that takes referrals',
        code: 'unknown_organisation',
      },
    ]);
  if (to.code === actor.organisation)
    throw invalid([{ field: 'toOrganisation', message: 'is your own organisation' }]);
  // Each adult referred must have consented to the receiving organisation.
  const missing = await adultsWithoutConsent(ctx, ids, to.code, input.service, input.sentOn);
  if (missing.length)
    throw new AppError(
      'RULE_VIOLATION',
      'Each adult referred must have consented to this organisation for this service',
      missing.map((id) => ({
        field: id === input.personId ? 'personId' : 'memberIds',
        message: id,
        code: 'consent_required',
      })),
      { rule: 'CONSENT_REQUIRED' },
    );
  const serial = await referrals.nextSerial(ctx.trx);
  const { id } = await referrals.insertReferral(ctx.trx, {
    reference: `YR-${input.sentOn.slice(0, 4)}-${String(serial).padStart(6, '0')}`,
    person_id: input.personId,
    member_ids: input.memberIds,
    from_organisation: isOrganisationUser(actor) ? actor.organisation : null,
    to_organisation: to.code,
    service: input.service,
    status: 'sent',
    sent_on: input.sentOn,
    note: input.note ?? null,
    created_by: actor.userId,
  });
  for (const personId of ids)
    ctx.audit({
      action: 'referral.send',
      entityType: 'agency_referral',
      entityId: id,
      personId,
      details: { to: to.code, service: input.service },
    });
  return id;
}

/** A referral as its sender or receiver sees it; anyone else gets the boundary's 403. */
export async function loadReferralInScope(ctx: UseCaseContext, id: string, action: string, lock = false) {
  const actor = requireActor(ctx);
  const row = await referrals.findReferral(ctx.trx, id, lock);
  if (isOrganisationUser(actor)) {
    const org = actor.organisation;
    if (!row || actor.role === 'lawyer' || (row.to_organisation !== org && row.from_organisation !== org))
      throw outside('agency_referral', id, action, row ? 'not_party' : 'not_found');
    return row;
  }
  if (!row) throw notFound('Referral');
  await loadPersonInScope(ctx, row.person_id, action);
  return row;
}

export async function referralView(ctx: UseCaseContext, id: string) {
  const actor = requireActor(ctx);
  const row = await loadReferralInScope(ctx, id, 'referral.read');
  ctx.audit({
    action: 'referral.read',
    entityType: 'agency_referral',
    entityId: id,
    personId: row.person_id,
  });
  // The receiver sees each person through its agreement for the service; if consent has been
  // withdrawn since, the person is hidden but the referral stays on record.
  const persons = await Promise.all(
    [row.person_id, ...row.member_ids].map(async (personId) => {
      if (!isOrganisationUser(actor) || row.to_organisation !== actor.organisation)
        return { personId, visible: false, record: null };
      const answer = await fieldsFor(ctx, actor, personId, row.service);
      if (!answer.allowed) return { personId, visible: false, record: null };
      const shared = await sharedPersonView(ctx, personId, row.service);
      return { personId, visible: true, record: shared.record };
    }),
  );
  return { ...summary(row), persons };
}

export function summary(row: AgencyReferralRow) {
  return {
    id: row.id,
    reference: row.reference,
    personId: row.person_id,
    memberIds: row.member_ids,
    fromOrganisation: row.from_organisation,
    toOrganisation: row.to_organisation,
    service: row.service,
    status: row.status,
    sentOn: row.sent_on,
    note: row.note,
    decidedOn: row.decided_on,
    declineReason: row.decline_reason,
    outcome: row.outcome,
    closedOn: row.closed_on,
    version: row.version,
  };
}

export async function referralList(ctx: UseCaseContext, box: 'inbox' | 'outbox') {
  const actor = requireActor(ctx);
  if (actor.role === 'lawyer') return [];
  const rows = isOrganisationUser(actor)
    ? await referrals.listFor(
        ctx.trx,
        box === 'inbox' ? { to: actor.organisation ?? '' } : { from: actor.organisation ?? '' },
      )
    : await referrals.listFor(ctx.trx, { createdInProvince: actor.provinceCode });
  auditListed(ctx, 'referral.list', 'agency_referral', rows);
  return rows.map(summary);
}

const NEXT: Record<string, readonly string[]> = { sent: ['accepted', 'declined'], accepted: ['closed'] };

/** The receiving organisation accepts, declines (with a reason) or closes it with the outcome. */
export async function respond(
  ctx: UseCaseContext,
  id: string,
  input: {
    version: number;
    status: 'accepted' | 'declined' | 'closed';
    on: string;
    reason?: string | undefined;
    outcome?: string | undefined;
  },
) {
  const actor = requireActor(ctx);
  notInFuture(input.on, ctx.today, 'on');
  const row = await loadReferralInScope(ctx, id, 'referral.respond', true);
  if (row.to_organisation !== actor.organisation)
    throw outside('agency_referral', id, 'referral.respond', 'not_receiver');
  if (row.version !== input.version)
    throw new AppError('STALE_VERSION', `The referral is at version ${row.version}`);
  if (!(NEXT[row.status] ?? []).includes(input.status))
    throw new AppError('RULE_VIOLATION', `A ${row.status} referral cannot become ${input.status}`, [], {
      rule: 'STAGE',
      state: row.status,
    });
  if (input.status === 'declined' && !input.reason?.trim())
    throw invalid([{ field: 'reason', message: 'a declined referral says why', code: 'reason_required' }]);
  if (input.status === 'closed' && !input.outcome?.trim())
    throw invalid([{ field: 'outcome', message: 'say what came of it', code: 'outcome_required' }]);
  if (input.on < row.sent_on) throw invalid([{ field: 'on', message: 'is before the referral was sent' }]);
  await referrals.updateReferral(ctx.trx, id, {
    status: input.status,
    ...(input.status === 'closed'
      ? { closed_on: input.on, outcome: input.outcome! }
      : { decided_on: input.on }),
    ...(input.status === 'declined' ? { decline_reason: input.reason! } : {}),
  });
  ctx.audit({
    action: `referral.${input.status}`,
    entityType: 'agency_referral',
    entityId: id,
    personId: row.person_id,
  });
}
