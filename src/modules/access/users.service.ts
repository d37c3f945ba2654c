import type { Db } from '../../db/database.ts';
import { scopeProblem, type Actor, type Role } from '../../domain/access.ts';
import { isProvinceCode } from '../../domain/reference/provinces.ts';
import { runUseCase, SYSTEM_META, type RequestMeta, type UseCaseContext } from '../../core/use-case.ts';
import { conflict, invalid, notFound, type FieldProblem } from '../../core/errors.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import * as users from './users.repository.ts';
import { presentUser, type UserView } from './users.view.ts';

export { presentUser, type UserView };
import { centreByIdOrCode } from '../centres/records.service.ts';

export interface UserInput {
  username: string;
  displayName: string;
  role: Role;
  provinceCode?: string | null | undefined;
  centreId?: string | null | undefined;
  organisation?: string | null | undefined;
  password: string;
  preferredLanguage?: 'tr' | 'en' | 'ar' | 'fa' | undefined;
}

function checkScope(
  role: Role,
  scope: { provinceCode: string | null; centreId: string | null; organisation: string | null },
) {
  const problems: FieldProblem[] = [];
  const missing = scopeProblem(role, scope);
  if (missing)
    problems.push({ field: missing, message: `required for the role ${role}`, code: 'scope_required' });
  if (scope.provinceCode && !isProvinceCode(scope.provinceCode)) {
    problems.push({
      field: 'provinceCode',
      message: 'not a province plate code (01–81)',
      code: 'unknown_province',
    });
  }
  if (problems.length) throw invalid(problems);
}

export async function createUser(
  db: Db,
  actor: Actor | null,
  meta: RequestMeta,
  input: UserInput,
): Promise<UserView> {
  const scope = {
    provinceCode: input.provinceCode ?? null,
    centreId: input.centreId ?? null,
    organisation: input.organisation ?? null,
  };
  checkScope(input.role, scope);
  const passwordHash = await hashPassword(input.password);
  return runUseCase(db, actor, meta, async (ctx) => {
    // A centre is named by its id or, from the command line, by its code.
    if (scope.centreId) scope.centreId = await resolveCentre(ctx.trx, scope.centreId);
    if (await users.findUserByUsername(ctx.trx, input.username)) {
      throw conflict('This username is taken', [
        { field: 'username', message: 'already exists', code: 'taken' },
      ]);
    }
    const user = await users.insertUser(ctx.trx, {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      ...scope,
      passwordHash,
      preferredLanguage: input.preferredLanguage ?? 'tr',
    });
    ctx.audit({
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      details: { username: user.username, role: user.role },
    });
    return presentUser(user);
  });
}

export interface UserChangesInput {
  displayName?: string | undefined;
  role?: Role | undefined;
  provinceCode?: string | null | undefined;
  centreId?: string | null | undefined;
  organisation?: string | null | undefined;
  active?: boolean | undefined;
  preferredLanguage?: 'tr' | 'en' | 'ar' | 'fa' | undefined;
}

export async function changeUser(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: UserChangesInput,
): Promise<UserView> {
  return runUseCase(db, actor, meta, async (ctx) => {
    const current = await users.findUserById(ctx.trx, id);
    if (!current) throw notFound('User');
    const role = input.role ?? current.role;
    const scope = {
      provinceCode: input.provinceCode === undefined ? current.province_code : input.provinceCode,
      centreId: input.centreId === undefined ? current.centre_id : input.centreId,
      organisation: input.organisation === undefined ? current.organisation : input.organisation,
    };
    checkScope(role, scope);
    if (scope.centreId) scope.centreId = await resolveCentre(ctx.trx, scope.centreId);
    const updated = await users.updateUser(ctx.trx, id, {
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      role,
      province_code: scope.provinceCode,
      centre_id: scope.centreId,
      organisation: scope.organisation,
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.preferredLanguage ? { preferred_language: input.preferredLanguage } : {}),
    });
    if (input.active === false) await users.revokeUserSessions(ctx.trx, id);
    ctx.audit({
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      details: { fields: Object.keys(input).sort() },
    });
    return presentUser(updated!);
  });
}

export async function setPreferredLanguage(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  language: 'tr' | 'en' | 'ar' | 'fa',
) {
  return runUseCase(db, actor, meta, async (ctx) => {
    const updated = await users.updateUser(ctx.trx, actor.userId, { preferred_language: language });
    ctx.audit({ action: 'user.language', entityType: 'user', entityId: actor.userId, details: { language } });
    return presentUser(updated!);
  });
}

/** Sets a new password (generated when none is given) and ends the user's sessions. */
export async function resetPassword(
  db: Db,
  actor: Actor | null,
  meta: RequestMeta,
  username: string,
  password?: string,
): Promise<{ user: UserView; password: string }> {
  const newPassword = password ?? generatePassword();
  const passwordHash = await hashPassword(newPassword);
  return runUseCase(db, actor, meta, async (ctx) => {
    const user = await users.findUserByUsername(ctx.trx, username);
    if (!user) throw notFound('User');
    const updated = await users.updateUser(ctx.trx, user.id, { password_hash: passwordHash });
    await users.revokeUserSessions(ctx.trx, user.id);
    ctx.audit({ action: 'user.reset_password', entityType: 'user', entityId: user.id });
    return { user: presentUser(updated!), password: newPassword };
  });
}

export async function getUser(db: Db, id: string): Promise<UserView> {
  const user = await users.findUserById(db.kysely, id);
  if (!user) throw notFound('User');
  return presentUser(user);
}

export async function listAllUsers(db: Db): Promise<UserView[]> {
  return (await users.listUsers(db.kysely)).map(presentUser);
}

/**
 * On first start, creates the administrator `admin`. The password comes from
 * KORUMA_ADMIN_PASSWORD or is generated and returned so the caller can print it once.
 */
export async function ensureFirstAdministrator(
  db: Db,
  configured?: string,
): Promise<{ created: boolean; password?: string }> {
  if ((await users.countUsers(db.kysely)) > 0) return { created: false };
  const password = configured ?? generatePassword();
  await createUser(db, null, SYSTEM_META, {
    username: 'admin',
    displayName: 'Administrator',
    role: 'administrator',
    password,
    preferredLanguage: 'tr',
  });
  return configured ? { created: true } : { created: true, password };
}

async function resolveCentre(trx: Parameters<typeof centreByIdOrCode>[0], idOrCode: string): Promise<string> {
  const centre = await centreByIdOrCode(trx, idOrCode);
  if (!centre) throw invalid([{ field: 'centreId', message: 'no such centre', code: 'unknown_centre' }]);
  return centre.id;
}

/** A user account by username, or undefined (for modules that name a user, such as a lawyer). */
export function userByUsername(ctx: UseCaseContext, username: string) {
  return users.findUserByUsername(ctx.trx, username);
}
