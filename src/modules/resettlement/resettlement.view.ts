// What a resettlement case shows: to the authority its members; to UNHCR each member through its
// agreement for resettlement (a member whose consent was withdrawn is hidden); the pipeline,
// the cases at risk of missing their target, and the figures.
import { timeliness, type Stage } from '../../domain/resettlement/resettlement.ts';
import { project } from '../../domain/sharing/boundary.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { fieldsFor, fullShareableRecord, isOrganisationUser } from '../sharing/boundary.service.ts';
import type { ResettlementCaseRow } from '../../db/schema.ts';
import * as repo from './resettlement.repository.ts';
import { loadResettlementInScope } from './resettlement.service.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';

function clock(
  row: Pick<ResettlementCaseRow, 'priority' | 'submitted_on' | 'target_date' | 'departed_on'>,
  today: string,
) {
  if (!row.priority || !row.submitted_on || !row.target_date) return null;
  return timeliness(
    {
      priority: row.priority,
      submittedOn: row.submitted_on,
      targetDate: row.target_date,
      departedOn: row.departed_on,
    },
    today,
  );
}

export async function resettlementView(ctx: UseCaseContext, id: string) {
  const actor = requireActor(ctx);
  const row = await loadResettlementInScope(ctx, id, 'resettlement.read');
  const [members, events] = await Promise.all([repo.membersOf(ctx.trx, id), repo.eventsOf(ctx.trx, id)]);
  const people = await Promise.all(
    members.map(async (m) => {
      const full = await fullShareableRecord(ctx, m.person_id);
      let record: Record<string, unknown> | null = full?.record ?? null;
      if (isOrganisationUser(actor)) {
        const answer = await fieldsFor(ctx, actor, m.person_id, 'resettlement');
        record = answer.allowed && full ? project(full.record, answer.fields) : null;
      }
      ctx.audit({
        action: 'resettlement.read',
        entityType: 'resettlement_case',
        entityId: id,
        personId: m.person_id,
        details: { visible: record !== null },
      });
      return {
        personId: m.person_id,
        relationship: m.relationship,
        stateDecision: m.state_decision,
        departed: m.departed,
        visible: record !== null,
        record,
      };
    }),
  );
  return {
    id: row.id,
    reference: row.reference,
    stage: row.stage,
    organisationCode: row.organisation_code,
    provinceCode: row.province_code,
    identifiedOn: row.identified_on,
    referralReason: row.referral_reason,
    priority: row.priority,
    primaryCategory: row.primary_category,
    secondaryCategory: row.secondary_category,
    narrative: row.narrative,
    reviewOutcome: row.review_outcome,
    submittedTo: row.submitted_to,
    submittedOn: row.submitted_on,
    targetDate: row.target_date,
    timeliness: clock(row, ctx.today),
    stateDecisionOn: row.state_decision_on,
    decisionMode: row.decision_mode,
    medicalOn: row.medical_on,
    orientationOn: row.orientation_on,
    exitPermissionOn: row.exit_permission_on,
    departedOn: row.departed_on,
    closedReason: row.closed_reason,
    version: row.version,
    members: people,
    events: events.map((e) => ({
      id: Number(e.id),
      kind: e.kind,
      occurredOn: e.occurred_on,
      details: e.details,
      actor: e.actor,
    })),
  };
}

function scopeFilter(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  return isOrganisationUser(actor)
    ? { organisation: actor.role === 'unhcr_officer' ? (actor.organisation ?? '') : '__none__' }
    : { provinceCode: actor.provinceCode };
}

/** The pipeline board: every case within scope with its stage, priority and timeliness. */
export async function pipeline(ctx: UseCaseContext, stage?: Stage, personId?: string) {
  // The authority lists a person's cases only for someone in its scope.
  if (personId && !isOrganisationUser(requireActor(ctx)))
    await loadPersonInScope(ctx, personId, 'resettlement.list');
  const rows = await repo.listCases(ctx.trx, {
    ...scopeFilter(ctx),
    ...(stage ? { stages: [stage] } : {}),
    ...(personId ? { personId } : {}),
  });
  ctx.audit({
    action: 'resettlement.pipeline',
    entityType: 'resettlement_case',
    details: { cases: rows.length },
  });
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    stage: r.stage,
    priority: r.priority,
    primaryCategory: r.primary_category,
    submittedTo: r.submitted_to,
    submittedOn: r.submitted_on,
    targetDate: r.target_date,
    timeliness: clock(r, ctx.today),
    members: r.members,
    identifiedOn: r.identified_on,
    fictional: r.fictional,
  }));
}

/** Submitted cases at risk of missing their priority's target, the most urgent first. */
export async function atRisk(ctx: UseCaseContext) {
  const open = await pipeline(ctx);
  return open
    .filter((c) => c.timeliness === 'at_risk' || c.timeliness === 'overdue')
    .sort((a, b) => (a.targetDate ?? '').localeCompare(b.targetDate ?? ''));
}

/** Figures by state, category and priority: submitted, departed, and departures on time. */
export async function figures(ctx: UseCaseContext) {
  const rows = await repo.listCases(ctx.trx, scopeFilter(ctx));
  const submitted = rows.filter((r) => r.submitted_on);
  const tally = (key: (r: (typeof rows)[number]) => string | null) => {
    const out: Record<string, { submitted: number; departed: number; onTime: number; persons: number }> = {};
    for (const r of submitted) {
      const k = key(r) ?? 'unknown';
      const t = (out[k] ??= { submitted: 0, departed: 0, onTime: 0, persons: 0 });
      t.submitted += 1;
      t.persons += r.members;
      if (r.departed_on) t.departed += 1;
      if (clock(r, ctx.today) === 'met') t.onTime += 1;
    }
    return out;
  };
  return {
    byState: tally((r) => r.submitted_to),
    byCategory: tally((r) => r.primary_category),
    byPriority: tally((r) => r.priority),
    targets: await repo.targets(ctx.trx),
  };
}
