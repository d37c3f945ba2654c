import type { Kysely, Transaction } from 'kysely';
import type { AppUserRow, Database } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export function findUserByUsername(db: Q, username: string): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Q, id: string): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Q): Promise<AppUserRow[]> {
  return db.selectFrom('app_user').selectAll().orderBy('username').execute();
}

export async function countUsers(db: Q): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewUser {
  username: string;
  displayName: string;
  role: AppUserRow['role'];
  provinceCode: string | null;
  centreId: string | null;
  organisation: string | null;
  passwordHash: string;
  preferredLanguage: AppUserRow['preferred_language'];
}

export function insertUser(db: Q, user: NewUser): Promise<AppUserRow> {
  return db
    .insertInto('app_user')
    .values({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      province_code: user.provinceCode,
      centre_id: user.centreId,
      organisation: user.organisation,
      password_hash: user.passwordHash,
      preferred_language: user.preferredLanguage,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface UserChanges {
  display_name?: string;
  role?: AppUserRow['role'];
  province_code?: string | null;
  centre_id?: string | null;
  organisation?: string | null;
  password_hash?: string;
  preferred_language?: AppUserRow['preferred_language'];
  active?: boolean;
}

export function updateUser(db: Q, id: string, changes: UserChanges): Promise<AppUserRow | undefined> {
  return db
    .updateTable('app_user')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function insertSession(
  db: Q,
  session: { tokenHash: string; userId: string; kind: 'cookie' | 'bearer'; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('auth_session')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      kind: session.kind,
      expires_at: session.expiresAt,
      revoked_at: null,
    })
    .execute();
}

export function findLiveSession(db: Q, tokenHash: string, now: Date) {
  return db
    .selectFrom('auth_session')
    .innerJoin('app_user', 'app_user.id', 'auth_session.user_id')
    .selectAll('app_user')
    .where('auth_session.token_hash', '=', tokenHash)
    .where('auth_session.revoked_at', 'is', null)
    .where('auth_session.expires_at', '>', now)
    .where('app_user.active', '=', true)
    .executeTakeFirst();
}

export async function revokeSession(db: Q, tokenHash: string): Promise<void> {
  await db
    .updateTable('auth_session')
    .set({ revoked_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function revokeUserSessions(db: Q, userId: string): Promise<void> {
  await db
    .updateTable('auth_session')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
