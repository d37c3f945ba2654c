// Resettlement cases (domain.md §11, §12): the authority identifies and refers a family, UNHCR
// assesses, prepares the form, has it reviewed and submits it to a state, the state decides per
// member, and the authority gives the exit permission and records the departure, which ends
// temporary protection or opens the cessation of a status. One transaction per step.
import {
  eligibilityRefusals,
  stepRefusal,
  type MemberEligibility,
  type Priority,
  type StepName,
} from '../../domain/resettlement/resettlement.ts';
import { ROLE_SCOPE } from '../../domain/access.ts';
import { notInFuture } from '../../core/dates.ts';
import { AccessDenied, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import type { ResettlementCaseRow } from '../../db/schema.ts';
import { anyHasSpecialNeeds, casesOfPersons, protectionCase } from '../cases/records.service.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { adultsWithoutConsent, isOrganisationUser, outside } from '../sharing/boundary.service.ts';
import * as sharing from '../sharing/records.service.ts';
import * as repo from './resettlement.repository.ts';

const violation = (
  detail: string,
  rule: string,
  fields: { field: string; message: string; code: string }[] = [],
  extra: Record<string, unknown> = {},
) => new AppError('RULE_VIOLATION', detail, fields, { rule, ...extra });

/** UNHCR users reach the cases of their organisation; the authority the cases of its province. */
export async function loadResettlementInScope(ctx: UseCaseContext, id: string, action: string, lock = false) {
  const actor = requireActor(ctx);
  const row = await repo.findCase(ctx.trx, id, lock);
  if (isOrganisationUser(actor)) {
    if (!row || actor.role !== 'unhcr_officer' || row.organisation_code !== actor.organisation)
      throw outside('resettlement_case', id, action, row ? 'not_party' : 'not_found');
    return row;
  }
  if (!row) throw notFound('Resettlement case');
  if (ROLE_SCOPE[actor.role] === 'province' && actor.provinceCode !== row.province_code)
    throw new AccessDenied(
      { action, entityType: 'resettlement_case', entityId: id, details: { reason: 'other_province' } },
      'Resettlement case',
    );
  return row;
}

async function eligibility(ctx: UseCaseContext, personIds: string[]): Promise<MemberEligibility[]> {
  const cases = await casesOfPersons(ctx, personIds);
  const out: MemberEligibility[] = [];
  for (const personId of personIds) {
    const own = cases.filter((c) => c.person_id === personId);
    const current = own.find((c) => c.state === 'protected' || c.state === 'tp_granted');
    const row = current ? await protectionCase(ctx, current.id) : undefined;
    out.push({
      personId,
      protection: !row
        ? own.length
          ? 'other'
          : 'none'
        : row.state === 'tp_granted'
          ? 'temporary_protection'
          : row.decision === 'conditional_refugee'
            ? 'conditional_refugee'
            : 'other',
      missedReportingInARow: row?.missed_reporting_in_a_row ?? 0,
    });
  }
  return out;
}

export interface ReferInput {
  principalPersonId: string;
  members: { personId: string; relationship: string }[];
  organisationCode: string;
  identifiedOn: string;
  reason: string;
}

export async function referForResettlement(ctx: UseCaseContext, input: ReferInput): Promise<string> {
  const actor = requireActor(ctx);
  notInFuture(input.identifiedOn, ctx.today, 'identifiedOn');
  const ids = [input.principalPersonId, ...input.members.map((m) => m.personId)];
  if (new Set(ids).size !== ids.length)
    throw invalid([{ field: 'members', message: 'lists a person twice' }]);
  const principal = await loadPersonInScope(ctx, input.principalPersonId, 'resettlement.refer');
  for (const m of input.members) await loadPersonInScope(ctx, m.personId, 'resettlement.refer');
  const org = await sharing.organisation(ctx, input.organisationCode);
  if (!org || org.kind !== 'unhcr')
    throw invalid([{ field: 'organisationCode', message: 'is not UNHCR', code: 'not_unhcr' }]);
  const refusals = eligibilityRefusals(await eligibility(ctx, ids), await anyHasSpecialNeeds(ctx, ids));
  if (refusals.length)
    throw violation(
      'Only conditional refugees and vulnerable temporary-protection holders who meet their obligations are referred',
      'RESETTLEMENT-ELIGIBILITY',
      refusals.map((r) => ({
        field: r.personId === principal.id ? 'principalPersonId' : 'members',
        message: r.personId,
        code: r.refusal,
      })),
    );
  const missing = await adultsWithoutConsent(ctx, ids, org.code, 'resettlement', input.identifiedOn);
  if (missing.length)
    throw violation(
      'Each adult must consent to UNHCR handling their resettlement',
      'CONSENT_REQUIRED',
      missing.map((id) => ({ field: 'members', message: id, code: 'consent_required' })),
    );
  const open = await repo.openCasesOf(ctx.trx, ids);
  if (open.length)
    throw conflict(
      'A person is already in an open resettlement case',
      open.map((o) => ({ field: 'members', message: o.reference, code: 'open_case_exists' })),
    );
  const serial = await repo.nextSerial(ctx.trx);
  const { id } = await repo.insertCase(ctx.trx, {
    reference: `YY-${input.identifiedOn.slice(0, 4)}-${String(serial).padStart(6, '0')}`,
    principal_person_id: principal.id,
    province_code: actor.provinceCode ?? principal.province_code,
    organisation_code: org.code,
    identified_on: input.identifiedOn,
    referral_reason: input.reason,
    created_by: actor.userId,
  });
  await repo.insertMembers(ctx.trx, [
    { case_id: id, person_id: principal.id, relationship: 'principal' },
    ...input.members.map((m) => ({ case_id: id, person_id: m.personId, relationship: m.relationship })),
  ]);
  await record(ctx, { id, principal_person_id: principal.id }, 'refer', input.identifiedOn, {
    organisation: org.code,
    members: ids.length,
  });
  return id;
}

async function record(
  ctx: UseCaseContext,
  row: { id: string; principal_person_id: string },
  kind: string,
  on: string,
  details: Record<string, unknown>,
) {
  const actor = requireActor(ctx);
  await repo.insertEvent(ctx.trx, {
    case_id: row.id,
    kind,
    occurred_on: on,
    details,
    actor_user_id: actor.userId,
  });
  ctx.audit({
    action: `resettlement.${kind}`,
    entityType: 'resettlement_case',
    entityId: row.id,
    personId: row.principal_person_id,
    details,
  });
}

/** Loads, locks and checks a case for a step: scope, version, who may take it, from which stage. */
export async function beginStep(
  ctx: UseCaseContext,
  id: string,
  step: StepName,
  version: number,
  on: string,
) {
  const actor = requireActor(ctx);
  notInFuture(on, ctx.today, 'on');
  const row = await loadResettlementInScope(ctx, id, `resettlement.${step}`, true);
  if (row.version !== version) throw new AppError('STALE_VERSION', `The case is at version ${row.version}`);
  const refusal = stepRefusal(step, row.stage, isOrganisationUser(actor) ? 'unhcr' : 'authority');
  if (refusal === 'actor') throw new AppError('FORBIDDEN', `This step is not yours to take: ${step}`);
  if (refusal === 'stage')
    throw violation(`A case at stage ${row.stage} cannot take the step ${step}`, 'STAGE', [], {
      stage: row.stage,
    });
  const last = await repo.lastEventOn(ctx.trx, id);
  if (last && on < last)
    throw invalid([
      {
        field: 'on',
        message: `is before ${last}, the date of the step it follows`,
        code: 'date_before_previous_event',
      },
    ]);
  return row;
}

/** A priority's target (configuration): cases already submitted keep the target they were given. */
export async function setTarget(
  ctx: UseCaseContext,
  priority: Priority,
  input: { days: number; source: string },
) {
  await repo.setTarget(ctx.trx, priority, input.days, input.source);
  ctx.audit({
    action: 'resettlement.target',
    entityType: 'resettlement_target',
    entityId: priority,
    details: input,
  });
}

export { record as recordStep, violation, adultsWithoutConsent };
export type { ResettlementCaseRow };
