// What other modules may read of the centres registry, and the unit lock admissions take.
// Scope is the caller's business: these serve use cases that have checked it already.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './centres.repository.ts';

/** A centre by id, or undefined. */
export function centreRecord(ctx: UseCaseContext, centreId: string) {
  return repo.findCentre(ctx.trx, centreId);
}

/**
 * A unit by id; with `lock`, its row stays locked until the transaction ends, which is how two
 * admissions into one unit are serialised (beds are then taken by one conditional UPDATE).
 */
export function unitRecord(ctx: UseCaseContext, unitId: string, lock = false) {
  return repo.findUnit(ctx.trx, unitId, lock);
}

/** A centre by its id or its code (the CLI names centres by code), or undefined. */
export function centreByIdOrCode(db: Kysely<Database> | Transaction<Database>, idOrCode: string) {
  return repo.findCentreByIdOrCode(db, idOrCode);
}

/**
 * Takes `count` beds of a unit in one conditional UPDATE, so the count never passes the
 * capacity; false when the unit has not that many free beds.
 */
export async function takeBeds(ctx: UseCaseContext, unitId: string, count: number): Promise<boolean> {
  return (await repo.takeBeds(ctx.trx, unitId, count)) !== undefined;
}

/** Gives back `count` beds of a unit (a placement ended). */
export async function releaseBeds(ctx: UseCaseContext, unitId: string, count: number): Promise<void> {
  await repo.releaseBeds(ctx.trx, unitId, count);
}
