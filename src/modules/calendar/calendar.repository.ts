import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Holiday, HolidayKind } from '../../domain/procedure/periods.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function allHolidays(db: Q): Promise<{ holidays: Holiday[]; years: number[] }> {
  const [holidays, years] = await Promise.all([
    db.selectFrom('public_holiday').select(['day', 'kind']).execute(),
    db.selectFrom('holiday_year').select('year').execute(),
  ]);
  return { holidays: holidays.map((h) => ({ date: h.day, kind: h.kind })), years: years.map((y) => y.year) };
}

export function holidaysOfYear(db: Q, year: number) {
  return db
    .selectFrom('public_holiday')
    .selectAll()
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
}

export function yearConfirmation(db: Q, year: number) {
  return db.selectFrom('holiday_year').selectAll().where('year', '=', year).executeTakeFirst();
}

export function upsertHoliday(db: Q, h: { day: string; kind: HolidayKind; name: string; source: string }) {
  return db
    .insertInto('public_holiday')
    .values(h)
    .onConflict((oc) => oc.column('day').doUpdateSet({ kind: h.kind, name: h.name, source: h.source }))
    .execute();
}

export function confirmYear(db: Q, year: number, by: string) {
  return db
    .insertInto('holiday_year')
    .values({ year, confirmed_by: by })
    .onConflict((oc) => oc.column('year').doUpdateSet({ confirmed_by: by, confirmed_at: sql`now()` }))
    .execute();
}
