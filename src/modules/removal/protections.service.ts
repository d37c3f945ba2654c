// LFIP Art. 55 protections recorded for a person: while one is in force no removal decision may
// be taken, and none carried out. Recording or ending one locks the person row, as a removal does.
import { protectionActive, type Art55Ground } from '../../domain/removal/removal.ts';
import { notInFuture } from '../../core/dates.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import * as repo from './removal.repository.ts';
import { currentNeedsOf, lockPersons } from '../persons/records.service.ts';
import { art55GroundsInNeeds, isReasonedAssessment } from '../../domain/removal/art55-needs.ts';

export async function activeProtections(
  ctx: UseCaseContext,
  personId: string,
  on: string,
): Promise<Art55Ground[]> {
  const rows = await repo.protectionsOf(ctx.trx, personId);
  return rows
    .filter((p) => protectionActive({ recordedOn: p.recorded_on, until: p.until, endedOn: p.ended_on }, on))
    .map((p) => p.ground);
}

export async function recordProtection(
  ctx: UseCaseContext,
  personId: string,
  input: { ground: Art55Ground; recordedOn: string; until?: string | null | undefined; basis: string },
) {
  const actor = requireActor(ctx);
  notInFuture(input.recordedOn, ctx.today, 'recordedOn');
  if (input.until && input.until < input.recordedOn)
    throw invalid([{ field: 'until', message: 'is before the start' }]);
  await loadPersonInScope(ctx, personId, 'removal.protection');
  await lockPersons(ctx, [personId]);
  const { id } = await repo.insertProtection(ctx.trx, {
    person_id: personId,
    ground: input.ground,
    recorded_on: input.recordedOn,
    until: input.until ?? null,
    basis: input.basis,
    recorded_by: actor.userId,
  });
  ctx.audit({
    action: 'removal.protection',
    entityType: 'removal_protection',
    entityId: id,
    personId,
    details: { ground: input.ground },
  });
  return id;
}

export async function endProtection(ctx: UseCaseContext, protectionId: string, endedOn: string) {
  notInFuture(endedOn, ctx.today, 'endedOn');
  const p = await repo.findProtection(ctx.trx, protectionId);
  if (!p) throw notFound('Protection');
  await loadPersonInScope(ctx, p.person_id, 'removal.protection_end');
  await lockPersons(ctx, [p.person_id]);
  if (p.ended_on) throw conflict('The protection has ended');
  if (endedOn < p.recorded_on)
    throw invalid([{ field: 'endedOn', message: 'is before the protection began' }]);
  await repo.endProtection(ctx.trx, protectionId, endedOn);
  ctx.audit({
    action: 'removal.protection_end',
    entityType: 'removal_protection',
    entityId: protectionId,
    personId: p.person_id,
    details: { ground: p.ground },
  });
}

/**
 * Art. 55 grounds the record shows through a specific need: the decision is refused, naming them,
 * unless the officer records the protection (which then bars the decision) or a reasoned
 * assessment that it does not apply. Returns the grounds the assessment answers.
 */
export async function art55GroundsAssessed(
  ctx: UseCaseContext,
  personId: string,
  assessment: string | null | undefined,
) {
  const hits = art55GroundsInNeeds((await currentNeedsOf(ctx, personId)).map((n) => n.code));
  if (hits.length && !isReasonedAssessment(assessment))
    throw new AppError(
      'RULE_VIOLATION',
      `The record shows an LFIP Art. 55 ground (${hits.map((h) => h.reason).join(', ')}): record the protection, or why it does not apply`,
      [
        ...hits.map((h) => ({
          field: 'personId',
          message: `specific need ${h.code}: ${h.reason}`,
          code: `LFIP-55-${h.ground}`,
        })),
        ...(assessment
          ? [
              {
                field: 'art55Assessment',
                message: 'is not a reasoned assessment (at least a sentence)',
                code: 'not_reasoned',
              },
            ]
          : []),
      ],
      { rule: `LFIP-55-${hits[0]!.ground}`, art55Needs: hits },
    );
  return hits;
}
