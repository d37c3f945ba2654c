// Admissions, transfers, absences and discharges. A bed is taken and the placement written in
// one transaction, under a lock on the unit: capacity is never exceeded, whatever the number of
// concurrent requests, and a failure half-way leaves neither a booked bed nor a lost record.
import { scopeReachesPerson, type Actor } from '../../domain/access.ts';
import { unitRefusals, type Newcomer } from '../../domain/centres/unit-rules.ts';
import { notInFuture } from '../../core/dates.ts';
import { AccessDenied, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { releaseBeds, takeBeds, unitRecord } from '../centres/records.service.ts';
import { loadCentreInScope } from '../centres/centres.service.ts';
import * as detentions from '../detention/records.service.ts';
import { lockPersons } from '../persons/records.service.ts';
import * as repo from './placements.repository.ts';

export interface AdmissionInput {
  unitId: string;
  personIds: string[];
  admittedOn: string;
}

type Locked = Awaited<ReturnType<typeof lockPersons>>[number];

/**
 * Centre staff do not search the registry: they may place a person who is waiting for
 * accommodation in the centre's province, who is detained for removal there, or whom they
 * already house. Provincial and national staff may place anyone their scope reaches.
 */
async function mayPlace(
  ctx: UseCaseContext,
  actor: Actor,
  centre: { id: string; province_code: string },
  p: Locked,
) {
  if (
    scopeReachesPerson(actor, {
      provinceCode: p.province_code,
      registrationProvinceCode: p.registration_province_code,
    })
  )
    return true;
  const [waiting, detained, housed] = await Promise.all([
    repo.waitingRequestOf(ctx.trx, [p.id]),
    detentions.openDetentionsOf(ctx, [p.id]),
    repo.openPlacementsOf(ctx.trx, [p.id]),
  ]);
  return (
    waiting.some((w) => w.province_code === centre.province_code) ||
    detained.some((d) => d.province_code === centre.province_code || d.centre_id === centre.id) ||
    housed.some((h) => h.centre_id === centre.id)
  );
}

async function newcomers(ctx: UseCaseContext, persons: Locked[]): Promise<Newcomer[]> {
  const unaccompanied = new Set(
    (
      await repo.unaccompaniedChildren(
        ctx.trx,
        persons.map((p) => p.id),
      )
    ).map((r) => r.person_id),
  );
  return persons.map((p) => ({
    personId: p.id,
    sex: p.sex,
    dateOfBirth: p.date_of_birth_precision === 'unknown' ? null : p.date_of_birth,
    unaccompaniedChild: unaccompanied.has(p.id),
  }));
}

/** Puts a group (one person, or a family kept together) into one unit. Returns the admission id. */
export async function admit(
  ctx: UseCaseContext,
  input: AdmissionInput,
  /** A transfer: the people were just taken out of beds the actor's scope reaches. */
  opts: { transfer?: boolean } = {},
): Promise<string> {
  const actor = requireActor(ctx);
  notInFuture(input.admittedOn, ctx.today, 'admittedOn');
  if (new Set(input.personIds).size !== input.personIds.length)
    throw invalid([{ field: 'personIds', message: 'lists a person twice' }]);
  // The unit first, then the people: every placing transaction takes its locks in this order.
  const unit = await unitRecord(ctx, input.unitId, true);
  if (!unit) throw notFound('Unit');
  const centre = await loadCentreInScope(ctx, unit.centre_id, 'placement.admit', 'Unit');
  if (!unit.active)
    throw conflict('The unit is closed', [{ field: 'unitId', message: 'is closed', code: 'unit_closed' }]);
  const persons = await lockPersons(ctx, input.personIds);
  if (persons.length !== input.personIds.length) throw notFound('Person');
  for (const p of persons)
    if (!opts.transfer && !(await mayPlace(ctx, actor, centre, p)))
      throw new AccessDenied(
        { action: 'placement.admit', entityType: 'person', entityId: p.id, personId: p.id },
        'Person',
      );
  const open = await repo.openPlacementsOf(ctx.trx, input.personIds);
  if (open.length)
    throw conflict(
      'A person already has a bed',
      open.map((o) => ({
        field: 'personIds',
        message: `already placed in ${o.centre_name}`,
        code: 'already_placed',
      })),
    );
  const admissionId = crypto.randomUUID();
  // Only a family unit cares who is already in it (one family at a time).
  const present =
    unit.unit_type === 'family'
      ? (await repo.admissionsInUnit(ctx.trx, unit.id)).map((a) => a.admission_id)
      : [];
  const refusals = unitRefusals(
    {
      unitType: unit.unit_type,
      sexRestriction: unit.sex_restriction,
      admissionsPresent: present,
    },
    await newcomers(ctx, persons),
    input.admittedOn,
    admissionId,
  );
  if (refusals.length)
    throw new AppError(
      'UNIT_EXCLUDES_PERSON',
      'The unit does not take this person or group',
      refusals.map((r) => ({ field: 'personIds', message: r.rule, code: r.rule })),
      { rules: [...new Set(refusals.map((r) => r.rule))], refusals },
    );
  const detained = centre.kind === 'removal' ? await detentions.openDetentionsOf(ctx, input.personIds) : [];
  // A removal centre holds only people under a detention order: anyone else would be held
  // without one.
  const undetained =
    centre.kind === 'removal'
      ? input.personIds.filter((id) => !detained.some((d) => d.person_id === id))
      : [];
  if (undetained.length)
    throw new AppError(
      'RULE_VIOLATION',
      'A removal centre holds only people under a detention order',
      undetained.map((id) => ({ field: 'personIds', message: id, code: 'detention_order_required' })),
      { rule: 'LFIP-57' },
    );
  if (!(await takeBeds(ctx, unit.id, input.personIds.length))) {
    // The unit row is locked, so these figures are the ones the refusal was based on.
    const free = unit.capacity - unit.occupied;
    const needed = input.personIds.length;
    throw new AppError(
      'UNIT_FULL',
      `${unit.name} has ${free} free beds`,
      [{ field: 'unitId', message: `${free} free, ${needed} needed`, code: 'unit_full' }],
      { unitId: unit.id, free, needed },
    );
  }
  const inserted = await repo.insertPlacements(
    ctx.trx,
    input.personIds.map((personId) => ({
      person_id: personId,
      centre_id: centre.id,
      unit_id: unit.id,
      admission_id: admissionId,
      started_on: input.admittedOn,
      detention_id: detained.find((d) => d.person_id === personId)?.id ?? null,
      created_by: actor.userId,
    })),
  );
  // Arriving in a removal centre completes the transfer the detention order required (T15).
  for (const d of detained)
    if (!d.transferred_at) await detentions.markArrivedInRemovalCentre(ctx, d.id, centre.id);
  for (const request of await repo.waitingRequestOf(ctx.trx, input.personIds))
    await repo.closeRequest(ctx.trx, request.id, 'placed', input.admittedOn, admissionId);
  for (const p of inserted)
    ctx.audit({
      action: opts.transfer ? 'placement.transfer_in' : 'placement.admit',
      entityType: 'placement',
      entityId: p.id,
      personId: p.person_id,
      details: { centreId: centre.id, unitId: unit.id, admissionId },
    });
  return admissionId;
}

async function loadOpenPlacement(ctx: UseCaseContext, placementId: string, action: string) {
  const seen = await repo.findPlacement(ctx.trx, placementId);
  if (!seen) throw notFound('Placement');
  await loadCentreInScope(ctx, seen.centre_id, action, 'Placement');
  // The unit first, then the placement (the lock order of admissions).
  await unitRecord(ctx, seen.unit_id, true);
  const placement = await repo.findPlacement(ctx.trx, placementId, true);
  if (!placement || placement.ended_on)
    throw conflict('The placement has ended', [
      { field: 'placementId', message: 'ended', code: 'placement_ended' },
    ]);
  return placement;
}

export async function discharge(
  ctx: UseCaseContext,
  placementId: string,
  input: { on: string; reason: 'discharged' | 'released' | 'removed' },
) {
  const actor = requireActor(ctx);
  notInFuture(input.on, ctx.today, 'on');
  const placement = await loadOpenPlacement(ctx, placementId, 'placement.discharge');
  if (input.on < placement.started_on) throw invalid([{ field: 'on', message: 'is before the admission' }]);
  await repo.endPlacement(ctx.trx, placement.id, input.on, input.reason, actor.userId);
  await repo.closeAbsence(ctx.trx, placement.id, input.on);
  await releaseBeds(ctx, placement.unit_id, 1);
  ctx.audit({
    action: 'placement.discharge',
    entityType: 'placement',
    entityId: placement.id,
    personId: placement.person_id,
    details: { reason: input.reason },
  });
}

/** Moves people to another unit or centre; a family moves whole. */
export async function transfer(
  ctx: UseCaseContext,
  input: { personIds: string[]; toUnitId: string; on: string },
) {
  const actor = requireActor(ctx);
  notInFuture(input.on, ctx.today, 'on');
  const open = await repo.openPlacementsOf(ctx.trx, input.personIds);
  const missing = input.personIds.filter((id) => !open.some((o) => o.person_id === id));
  if (missing.length)
    throw conflict(
      'A person has no bed to move from',
      missing.map(() => ({ field: 'personIds', message: 'not placed', code: 'not_placed' })),
    );
  for (const admission of new Set(open.map((o) => o.admission_id))) {
    const left = (await repo.membersOfAdmission(ctx.trx, admission)).filter(
      (m) => !input.personIds.includes(m.person_id),
    );
    if (left.length)
      throw new AppError(
        'RULE_VIOLATION',
        'A family moves together',
        left.map((m) => ({ field: 'personIds', message: m.person_id, code: 'family_split' })),
        { rule: 'family_together' },
      );
  }
  // Lock every unit involved in id order, so two transfers in opposite directions cannot deadlock.
  const unitIds = [...new Set([...open.map((o) => o.unit_id), input.toUnitId])].sort();
  for (const id of unitIds) await unitRecord(ctx, id, true);
  for (const o of open) {
    await loadCentreInScope(ctx, o.centre_id, 'placement.transfer', 'Placement');
    if (input.on < o.started_on) throw invalid([{ field: 'on', message: 'is before the admission' }]);
  }
  if (open.every((o) => o.unit_id === input.toUnitId))
    throw invalid([{ field: 'toUnitId', message: 'is the unit they are in', code: 'same_unit' }]);
  // Out of the old beds first; if the new unit cannot take them, the whole transfer rolls back.
  for (const o of open) {
    await repo.endPlacement(ctx.trx, o.id, input.on, 'transferred', actor.userId);
    await repo.closeAbsence(ctx.trx, o.id, input.on);
    await releaseBeds(ctx, o.unit_id, 1);
  }
  return admit(
    ctx,
    { unitId: input.toUnitId, personIds: input.personIds, admittedOn: input.on },
    { transfer: true },
  );
}

export async function recordAbsence(
  ctx: UseCaseContext,
  placementId: string,
  input: { leftOn: string; reason: string },
) {
  const actor = requireActor(ctx);
  notInFuture(input.leftOn, ctx.today, 'leftOn');
  const placement = await loadOpenPlacement(ctx, placementId, 'placement.absence');
  if (placement.absent_since) throw conflict('Already recorded as absent');
  // The bed stays held while the resident is away.
  await repo.markAbsent(ctx.trx, placement.id, input.leftOn, input.reason);
  await repo.insertAbsence(ctx.trx, {
    placement_id: placement.id,
    left_on: input.leftOn,
    reason: input.reason,
    recorded_by: actor.userId,
  });
  ctx.audit({
    action: 'placement.absence',
    entityType: 'placement',
    entityId: placement.id,
    personId: placement.person_id,
  });
}

export async function recordReturn(ctx: UseCaseContext, placementId: string, input: { returnedOn: string }) {
  notInFuture(input.returnedOn, ctx.today, 'returnedOn');
  const placement = await loadOpenPlacement(ctx, placementId, 'placement.return');
  if (!placement.absent_since) throw conflict('The resident is not recorded as absent');
  if (input.returnedOn < placement.absent_since)
    throw invalid([{ field: 'returnedOn', message: 'is before the absence began' }]);
  await repo.markAbsent(ctx.trx, placement.id, null, null);
  await repo.closeAbsence(ctx.trx, placement.id, input.returnedOn);
  ctx.audit({
    action: 'placement.return',
    entityType: 'placement',
    entityId: placement.id,
    personId: placement.person_id,
  });
}
