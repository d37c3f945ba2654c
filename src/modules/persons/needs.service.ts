// Specific needs (LFIP Art. 67, UNHCR codes) recorded on a person. A change is told to the
// modules that order their work by vulnerability (the procedure's worklists), in this transaction.
import { runHook } from '../../core/hooks.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { UseCaseContext } from '../../core/use-case.ts';
import * as repo from './persons.repository.ts';
import { loadPersonInScope } from './persons.service.ts';

export async function addSpecificNeed(
  ctx: UseCaseContext,
  personId: string,
  code: string,
  note: string | null,
): Promise<void> {
  await loadPersonInScope(ctx, personId, 'person.need.add');
  const added = await repo.insertNeeds(ctx.trx, personId, [{ code, note }], ctx.actor?.userId ?? null);
  if (added === 0) throw new AppError('CONFLICT', `${code} is already recorded for this person`);
  await runHook(ctx, 'person.needs-changed', { personId });
  ctx.audit({
    action: 'person.need.add',
    entityType: 'person',
    entityId: personId,
    personId,
    details: { code },
  });
}

export async function removeSpecificNeed(ctx: UseCaseContext, personId: string, code: string): Promise<void> {
  await loadPersonInScope(ctx, personId, 'person.need.remove');
  if (!(await repo.removeNeed(ctx.trx, personId, code, ctx.actor?.userId ?? null)))
    throw notFound('Specific need');
  await runHook(ctx, 'person.needs-changed', { personId });
  ctx.audit({
    action: 'person.need.remove',
    entityType: 'person',
    entityId: personId,
    personId,
    details: { code },
  });
}
