// The centres registry: centres, their units and beds, and who may see which centre.
import { ROLE_SCOPE, scopeReachesCentre } from '../../domain/access.ts';
import { addDays, daysBetween } from '../../domain/calendar.ts';
import { AccessDenied, requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { conflict, invalid, notFound, nothingToChange } from '../../core/errors.ts';
import * as repo from './centres.repository.ts';
import type { CentreInput } from './centres.schema.ts';
import type { z } from 'zod';
import type { unitInput } from './centres.schema.ts';

/**
 * @param asMissing what the caller answers when its record is missing (a unit reached through
 * its centre answers "Unit not found" either way, so the answer tells nothing).
 */
export async function loadCentreInScope(
  ctx: UseCaseContext,
  centreId: string,
  action: string,
  asMissing = 'Centre',
) {
  const actor = requireActor(ctx);
  const centre = await repo.findCentre(ctx.trx, centreId);
  if (!centre) throw notFound(asMissing);
  if (!scopeReachesCentre(actor, { id: centre.id, provinceCode: centre.province_code }))
    throw new AccessDenied({ action, entityType: 'centre', entityId: centreId }, asMissing);
  return centre;
}

export async function createCentre(ctx: UseCaseContext, input: CentreInput): Promise<string> {
  if (await repo.centreCodeTaken(ctx.trx, input.code))
    throw conflict('A centre with this code exists', [{ field: 'code', message: 'is taken', code: 'taken' }]);
  const names = input.units.map((u) => u.name);
  const twice = names.findIndex((n, i) => names.indexOf(n) !== i);
  if (twice >= 0) throw invalid([{ field: `units[${twice}].name`, message: 'is used twice' }]);
  const { id } = await repo.insertCentre(ctx.trx, {
    code: input.code,
    name: input.name,
    kind: input.kind,
    province_code: input.provinceCode,
    operator: input.operator,
    operator_name: input.operatorName ?? null,
    protocol_reference: input.protocolReference ?? null,
  });
  await repo.insertUnits(
    ctx.trx,
    input.units.map((u) => unitRow(id, u)),
  );
  ctx.audit({ action: 'centre.create', entityType: 'centre', entityId: id, details: { code: input.code } });
  return id;
}

function unitRow(centreId: string, u: z.infer<typeof unitInput>) {
  return {
    centre_id: centreId,
    name: u.name,
    unit_type: u.unitType,
    sex_restriction: u.sexRestriction ?? null,
    capacity: u.capacity,
  };
}

export async function addUnit(ctx: UseCaseContext, centreId: string, input: z.infer<typeof unitInput>) {
  await loadCentreInScope(ctx, centreId, 'centre.unit.add');
  const existing = await repo.unitsOfCentre(ctx.trx, centreId);
  if (existing.some((u) => u.name === input.name))
    throw conflict('The centre has a unit with this name', [
      { field: 'name', message: 'is taken', code: 'taken' },
    ]);
  const [row] = await repo.insertUnits(ctx.trx, [unitRow(centreId, input)]);
  ctx.audit({
    action: 'centre.unit.add',
    entityType: 'centre_unit',
    entityId: row?.id ?? null,
    details: { centreId },
  });
}

export async function changeUnit(
  ctx: UseCaseContext,
  centreId: string,
  unitId: string,
  changes: { capacity?: number | undefined; active?: boolean | undefined },
) {
  await loadCentreInScope(ctx, centreId, 'centre.unit.change');
  if (changes.capacity === undefined && changes.active === undefined) throw nothingToChange();
  const unit = await repo.findUnit(ctx.trx, unitId, true);
  if (!unit || unit.centre_id !== centreId) throw notFound('Unit');
  if (changes.capacity !== undefined && changes.capacity < unit.occupied)
    throw conflict(`The unit has ${unit.occupied} residents; move them before lowering its capacity`, [
      { field: 'capacity', message: `is below the ${unit.occupied} beds in use`, code: 'below_occupancy' },
    ]);
  if (changes.active === false && unit.occupied > 0)
    throw conflict('The unit still has residents', [
      { field: 'active', message: 'unit not empty', code: 'unit_not_empty' },
    ]);
  await repo.updateUnit(ctx.trx, unitId, {
    ...(changes.capacity !== undefined ? { capacity: changes.capacity } : {}),
    ...(changes.active !== undefined ? { active: changes.active } : {}),
  });
  ctx.audit({
    action: 'centre.unit.change',
    entityType: 'centre_unit',
    entityId: unitId,
    details: { ...changes },
  });
}

function summary(c: Awaited<ReturnType<typeof repo.listCentres>>[number]) {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    kind: c.kind,
    provinceCode: c.province_code,
    operator: c.operator,
    operatorName: c.operator_name,
    protocolReference: c.protocol_reference,
    capacity: c.capacity,
    occupied: c.occupied,
  };
}

/** The centres the actor's scope reaches. */
export async function listCentres(ctx: UseCaseContext, provinceCode?: string) {
  const actor = requireActor(ctx);
  const scope = ROLE_SCOPE[actor.role];
  if (scope === 'organisation') return [];
  const rows = await repo.listCentres(ctx.trx, {
    provinceCode: scope === 'province' ? (actor.provinceCode ?? '') : provinceCode,
    centreId: scope === 'centre' ? (actor.centreId ?? '') : undefined,
  });
  return rows.map(summary);
}

export async function centreView(ctx: UseCaseContext, centreId: string) {
  await loadCentreInScope(ctx, centreId, 'centre.read');
  const [row] = await repo.listCentres(ctx.trx, { centreId });
  if (!row) throw notFound('Centre');
  const units = await repo.unitsOfCentre(ctx.trx, centreId);
  return {
    ...summary(row),
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      unitType: u.unit_type,
      sexRestriction: u.sex_restriction,
      capacity: u.capacity,
      occupied: u.occupied,
      free: u.capacity - u.occupied,
      active: u.active,
    })),
  };
}

export async function occupancy(ctx: UseCaseContext, centreId: string, from: string, to: string) {
  await loadCentreInScope(ctx, centreId, 'centre.read');
  if (to < from) throw invalid([{ field: 'to', message: 'is before from' }]);
  if (daysBetween(from, to) > 366)
    throw invalid([{ field: 'to', message: 'a period of at most a year is shown' }]);
  const rows = (await repo.occupancyByDay(ctx.trx, centreId, from, to)).rows;
  const days = new Map<string, { date: string; occupied: number; units: Record<string, number> }>();
  for (let d = from; d <= to; d = addDays(d, 1)) days.set(d, { date: d, occupied: 0, units: {} });
  for (const r of rows) {
    const day = days.get(r.day);
    if (!day) continue;
    day.occupied += r.occupied;
    day.units[r.unit_id] = r.occupied;
  }
  return { centreId, days: [...days.values()] };
}
