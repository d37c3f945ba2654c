// SQL for what other modules may know of staff accounts: who a user is, and a province's caseworkers.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function userInProvince(db: Q, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'role', 'province_code', 'display_name', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function userName(db: Q, userId: string | null) {
  if (!userId) return Promise.resolve(undefined);
  return db.selectFrom('app_user').select(['id', 'display_name']).where('id', '=', userId).executeTakeFirst();
}

export function activeCaseworkersOf(db: Q, provinceCode: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('role', '=', 'protection_caseworker')
    .where('province_code', '=', provinceCode)
    .where('active', '=', true)
    .orderBy('display_name')
    .execute();
}
