// What other modules may read or record of detention: the open orders of people being admitted
// to a removal centre (and their arrival there), a person's detentions and alternatives for the
// resident and removal pages, the reviews due for a centre's board, and alternatives imposed by
// a removal decision. Scope is the caller's business: these serve use cases that checked it.
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './detention.repository.ts';

/** The open detention orders of these people. */
export function openDetentionsOf(ctx: UseCaseContext, personIds: string[]) {
  return repo.openDetentionsOf(ctx.trx, personIds);
}

/** Arriving in a removal centre completes the transfer the detention order required (T15). */
export async function markArrivedInRemovalCentre(ctx: UseCaseContext, detentionId: string, centreId: string) {
  await repo.markTransferred(ctx.trx, detentionId, centreId);
}

/** Every detention of a person, newest first. */
export function detentionsOfPerson(ctx: UseCaseContext, personId: string) {
  return repo.detentionsOfPerson(ctx.trx, personId);
}

/** The alternatives to detention (Art. 57/A) imposed on a person. */
export function alternativesOf(ctx: UseCaseContext, personId: string) {
  return repo.alternativesOf(ctx.trx, personId);
}

/** Records alternatives to detention imposed with a removal decision. */
export async function imposeAlternatives(
  ctx: UseCaseContext,
  rows: Parameters<typeof repo.insertAlternatives>[1],
) {
  await repo.insertAlternatives(ctx.trx, rows);
}

/** Detentions whose monthly review or maximum falls on or before `until`, in a province or centre. */
export function detentionsDue(
  ctx: UseCaseContext,
  scope: Parameters<typeof repo.detentionsDue>[1],
  until: string,
) {
  return repo.detentionsDue(ctx.trx, scope, until);
}
