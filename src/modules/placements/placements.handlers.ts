// What placements does when another module's hook asks (attached in src/wiring.ts).
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { releaseBeds } from '../centres/records.service.ts';
import * as repo from './placements.repository.ts';

/** A person who leaves detention leaves the removal centre: the placement ends and the bed is freed. */
export async function freeBedOnLeavingDetention(
  ctx: UseCaseContext,
  { personId, on, reason }: { personId: string; on: string; reason: 'released' | 'removed' },
): Promise<void> {
  const actor = requireActor(ctx);
  for (const p of await repo.openPlacementsOf(ctx.trx, [personId])) {
    await repo.endPlacement(ctx.trx, p.id, on < p.started_on ? p.started_on : on, reason, actor.userId);
    await releaseBeds(ctx, p.unit_id, 1);
  }
}
