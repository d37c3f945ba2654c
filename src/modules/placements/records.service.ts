// What other modules may read of placements: where a person is housed now and has been.
// Scope is the caller's business: these serve use cases that have checked it.
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './placements.repository.ts';

/** A person's open placements (the care module's resident checks). */
export function openPlacementsOf(ctx: UseCaseContext, personIds: string[]) {
  return repo.openPlacementsOf(ctx.trx, personIds);
}

/** Every placement of a person, for the resident page. */
export function placementsOfPerson(ctx: UseCaseContext, personId: string) {
  return repo.placementsOfPerson(ctx.trx, personId);
}
