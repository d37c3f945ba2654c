// What other modules may read of the procedure: a person's cases, a case and its members, and
// whether anyone in a group has a specific need (resettlement's eligibility, the boundary's
// views). Scope is the caller's business: these serve use cases that have checked it.
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './cases.repository.ts';

/** The protection cases these people are members of, with their role in each. */
export function casesOfPersons(ctx: UseCaseContext, personIds: string[]) {
  return repo.casesOfPersons(ctx.trx, personIds);
}

/** A protection case by id, or undefined. */
export function protectionCase(ctx: UseCaseContext, caseId: string) {
  return repo.findCase(ctx.trx, caseId);
}

/** The members of a protection case. */
export function membersOfProtectionCase(ctx: UseCaseContext, caseId: string) {
  return repo.membersOfCase(ctx.trx, caseId);
}

/** Whether any of these people has a specific need recorded (LFIP Art. 67). */
export function anyHasSpecialNeeds(ctx: UseCaseContext, personIds: string[]) {
  return repo.anyHasSpecialNeeds(ctx.trx, personIds);
}
