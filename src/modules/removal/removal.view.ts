// The removal case page: the decision, its dates, what bars carrying it out today, the Art. 55
// protections, the detention with its clocks, and the alternatives imposed.
import type { RemovalDecisionRow } from '../../db/schema.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { auditListed } from '../../core/list-audit.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { personRecord } from '../persons/records.service.ts';
import * as detentions from '../detention/records.service.ts';
import { detentionView } from '../detention/detention.view.ts';
import * as repo from './removal.repository.ts';
import { barsOf } from './removal.execution.ts';
import { loadRemovalInScope } from './removal.service.ts';
import { protectionActive, type RemovalState } from '../../domain/removal/removal.ts';

export async function protectionsView(ctx: UseCaseContext, personId: string) {
  return (await repo.protectionsOf(ctx.trx, personId)).map((p) => ({
    id: p.id,
    ground: p.ground,
    recordedOn: p.recorded_on,
    until: p.until,
    endedOn: p.ended_on,
    basis: p.basis,
    recordedBy: p.recorded_by_name,
    active: protectionActive({ recordedOn: p.recorded_on, until: p.until, endedOn: p.ended_on }, ctx.today),
  }));
}

export async function alternativesView(ctx: UseCaseContext, personId: string) {
  return (await detentions.alternativesOf(ctx, personId)).map((a) => ({
    id: a.id,
    kind: a.kind,
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    details: a.details,
    detentionId: a.detention_id,
    removalId: a.removal_id,
  }));
}

export function removalSummary(r: RemovalDecisionRow) {
  return {
    id: r.id,
    reference: r.reference,
    personId: r.person_id,
    provinceCode: r.province_code,
    grounds: r.grounds,
    destinationCountry: r.destination_country,
    apprehendedAt: r.apprehended_at?.toISOString() ?? null,
    decidedOn: r.decided_on,
    state: r.state,
    notifiedOn: r.notified_on,
    appealLastDay: r.appeal_last_day,
    appealProtectiveLastDay: r.appeal_protective_last_day,
    appealRuleId: r.appeal_rule_id,
    voluntaryDepartureDays: r.voluntary_departure_days,
    voluntaryDepartureUntil: r.voluntary_departure_until,
    exitPermitNumber: r.exit_permit_number,
    appealLodgedOn: r.appeal_lodged_on,
    appealDecisionDue: r.appeal_decision_due,
    appealOutcome: r.appeal_outcome,
    appealDecidedOn: r.appeal_decided_on,
    carriedOutOn: r.carried_out_on,
    closedReason: r.closed_reason,
    version: r.version,
  };
}

export async function removalView(ctx: UseCaseContext, id: string) {
  const r = await loadRemovalInScope(ctx, id, 'removal.read');
  const [person, events, bars, protections, held, alternatives] = await Promise.all([
    personRecord(ctx, r.person_id),
    repo.eventsOf(ctx.trx, id),
    barsOf(ctx, r, ctx.today),
    protectionsView(ctx, r.person_id),
    detentions.detentionsOfPerson(ctx, r.person_id),
    alternativesView(ctx, r.person_id),
  ]);
  ctx.audit({ action: 'removal.read', entityType: 'removal_decision', entityId: id, personId: r.person_id });
  return {
    ...removalSummary(r),
    person: {
      name: `${person?.given_name ?? ''} ${person?.family_name ?? ''}`.trim(),
      foreignerIdNumber: person?.foreigner_id_number ?? '',
      nationality: person?.nationality ?? '',
      fictional: person?.fictional ?? false,
    },
    mayBeCarriedOut: bars.length === 0,
    bars,
    protections,
    events: events.map((e) => ({
      id: Number(e.id),
      kind: e.kind,
      occurredOn: e.occurred_on,
      details: e.details,
      actor: e.actor,
    })),
    detentions: await Promise.all(held.map((d) => detentionView(ctx, d))),
    alternatives,
  };
}

/** The directorate's removal decisions (optionally in one state), or one person's. */
export async function removalList(
  ctx: UseCaseContext,
  query: { personId?: string | undefined; state?: RemovalState | undefined },
) {
  const actor = requireActor(ctx);
  if (query.personId) {
    await loadPersonInScope(ctx, query.personId, 'removal.list');
    return (await repo.removalsOfPerson(ctx.trx, query.personId)).map(removalSummary);
  }
  const rows = await repo.listRemovals(ctx.trx, actor.provinceCode, query.state ? [query.state] : []);
  auditListed(ctx, 'removal.list', 'removal_decision', rows);
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    personId: row.person_id,
    name: `${row.given_name} ${row.family_name}`,
    fictional: row.fictional,
    state: row.state,
    decidedOn: row.decided_on,
    appealProtectiveLastDay: row.appeal_protective_last_day,
    voluntaryDepartureUntil: row.voluntary_departure_until,
  }));
}
