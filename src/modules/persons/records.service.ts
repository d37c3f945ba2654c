// What other modules may read of the registry, and the one lock they may take on it. Scope is
// the caller's business here: these serve use cases that have already checked it (a case's
// members, a resident's record, a person referred to an organisation).
import type { UseCaseContext } from '../../core/use-case.ts';
import type { PersonRow } from '../../db/schema.ts';
import * as repo from './persons.repository.ts';

/** The person's record, or undefined; no scope check and no audit (the caller does both). */
export function personRecord(ctx: UseCaseContext, personId: string): Promise<PersonRow | undefined> {
  return repo.findPersonById(ctx.trx, personId);
}

/** The person's current specific needs, oldest first. */
export function currentNeedsOf(ctx: UseCaseContext, personId: string) {
  return repo.currentNeeds(ctx.trx, personId);
}

/**
 * Locks the person rows until the transaction ends. Lodging an application, a removal and a
 * detention order all take this lock first, so two of them on one person never pass unseen.
 */
export function lockPersons(ctx: UseCaseContext, personIds: readonly string[]) {
  return repo.lockPersons(ctx.trx, personIds);
}

/** Marks records as fictional (demo data), so that statistics leave them out. */
export async function markFictional(ctx: UseCaseContext, personIds: readonly string[]): Promise<void> {
  await repo.markFictional(ctx.trx, personIds);
}

/** How many fictional (demo) records there are. */
export function countFictional(ctx: UseCaseContext): Promise<number> {
  return repo.countFictional(ctx.trx);
}

/** The contact fields another module may change on a person's record (an accepted report). */
export type ContactChange = Partial<Pick<PersonRow, 'province_code' | 'district' | 'phone' | 'phone_digits'>>;

/**
 * Writes accepted contact details to the person's record as a new version. The caller holds the
 * person's lock (`lockPersons`), so the version read here is the one the update replaces.
 */
export async function updateContactDetails(
  ctx: UseCaseContext,
  personId: string,
  changes: ContactChange,
): Promise<void> {
  const person = await repo.findPersonById(ctx.trx, personId);
  if (!person) throw new Error(`person ${personId} vanished under its lock`);
  await repo.updatePerson(ctx.trx, personId, person.version, changes);
}
