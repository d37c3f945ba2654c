// What other modules may know of staff accounts: the user behind an id (to check a caseworker's
// province and role before an assignment, to name who did something) and a province's active
// caseworkers. Nothing here reads a password, a session or a second factor.
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './staff.repository.ts';

/** A staff account's role, province, name and whether it is active; undefined when unknown. */
export function staffMember(ctx: UseCaseContext, userId: string) {
  return repo.userInProvince(ctx.trx, userId);
}

/** The display name of a staff account (undefined for no id or an unknown one). */
export function staffName(ctx: UseCaseContext, userId: string | null) {
  return repo.userName(ctx.trx, userId);
}

/** The active protection caseworkers of a province, by name. */
export function activeCaseworkersOf(ctx: UseCaseContext, provinceCode: string) {
  return repo.activeCaseworkersOf(ctx.trx, provinceCode);
}
