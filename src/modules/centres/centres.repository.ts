// SQL for the centres registry and its units.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CentreRow, CentreUnitRow } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function insertCentre(db: Q, row: Omit<CentreRow, 'id' | 'active' | 'created_at'>) {
  return db.insertInto('centre').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertUnits(db: Q, rows: Omit<CentreUnitRow, 'id' | 'occupied' | 'active'>[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insertInto('centre_unit').values(rows).returning('id').execute();
}

export function findCentre(db: Q, id: string) {
  return db.selectFrom('centre').selectAll().where('id', '=', id).executeTakeFirst();
}

export function centreCodeTaken(db: Q, code: string) {
  return db.selectFrom('centre').select('id').where('code', '=', code).executeTakeFirst();
}

export function listCentres(
  db: Q,
  filter: { provinceCode?: string | undefined; centreId?: string | undefined },
) {
  let q = db
    .selectFrom('centre as c')
    .leftJoin('centre_unit as u', (j) => j.onRef('u.centre_id', '=', 'c.id').on('u.active', '=', true))
    .select([
      'c.id',
      'c.code',
      'c.name',
      'c.kind',
      'c.province_code',
      'c.operator',
      'c.operator_name',
      'c.protocol_reference',
      sql<number>`coalesce(sum(u.capacity), 0)::int`.as('capacity'),
      sql<number>`coalesce(sum(u.occupied), 0)::int`.as('occupied'),
    ])
    .where('c.active', '=', true)
    .groupBy('c.id')
    .orderBy('c.province_code')
    .orderBy('c.name');
  if (filter.provinceCode) q = q.where('c.province_code', '=', filter.provinceCode);
  if (filter.centreId) q = q.where('c.id', '=', filter.centreId);
  return q.execute();
}

export function unitsOfCentre(db: Q, centreId: string) {
  return db.selectFrom('centre_unit').selectAll().where('centre_id', '=', centreId).orderBy('name').execute();
}

export function findUnit(db: Q, unitId: string, lock = false) {
  let q = db.selectFrom('centre_unit').selectAll().where('id', '=', unitId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function updateUnit(db: Q, unitId: string, changes: { capacity?: number; active?: boolean }) {
  return db.updateTable('centre_unit').set(changes).where('id', '=', unitId).execute();
}

/** Occupancy per day and unit between two dates, from the placements' date ranges. */
export function occupancyByDay(db: Q, centreId: string, from: string, to: string) {
  return sql<{ day: string; unit_id: string; occupied: number }>`
    select d::date::text as day, p.unit_id, count(*)::int as occupied
    from generate_series(${from}::date, ${to}::date, interval '1 day') as d
    join placement p on p.centre_id = ${centreId}
      and p.started_on <= d::date and (p.ended_on is null or p.ended_on > d::date)
    group by d, p.unit_id
    order by d`.execute(db);
}

export function findCentreByIdOrCode(db: Q, idOrCode: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
  return db
    .selectFrom('centre')
    .select('id')
    .where(isUuid ? 'id' : 'code', '=', idOrCode)
    .executeTakeFirst();
}

/** Takes `count` beds of a unit if it has them; undefined when it is full. */
export function takeBeds(db: Q, unitId: string, count: number) {
  return db
    .updateTable('centre_unit')
    .set((eb) => ({ occupied: eb('occupied', '+', count) }))
    .where('id', '=', unitId)
    .where(sql<boolean>`occupied + ${count} <= capacity`)
    .returning('occupied')
    .executeTakeFirst();
}

export function releaseBeds(db: Q, unitId: string, count: number) {
  return db
    .updateTable('centre_unit')
    .set((eb) => ({ occupied: eb('occupied', '-', count) }))
    .where('id', '=', unitId)
    .execute();
}
