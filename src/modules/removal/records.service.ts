// What other modules may read of removal: a person's removal decisions (the resident page).
// Scope is the caller's business: these serve use cases that have checked it.
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './removal.repository.ts';

/** Every removal decision of a person. */
export function removalsOfPerson(ctx: UseCaseContext, personId: string) {
  return repo.removalsOfPerson(ctx.trx, personId);
}

/** A removal decision by id, or undefined. */
export function removalRecord(ctx: UseCaseContext, removalId: string) {
  return repo.findRemoval(ctx.trx, removalId);
}
