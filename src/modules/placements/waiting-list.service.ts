// The waiting list for a place in a reception and accommodation centre (LFIP Art. 95): persons
// with special needs first (Art. 67), then in the order they asked.
import { lockPersons } from '../persons/records.service.ts';
import { notInFuture } from '../../core/dates.ts';
import { ROLE_SCOPE } from '../../domain/access.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { conflict, invalid, notFound } from '../../core/errors.ts';
import { auditListed } from '../../core/list-audit.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { centreRecord } from '../centres/records.service.ts';
import * as repo from './placements.repository.ts';

export async function requestAccommodation(
  ctx: UseCaseContext,
  input: {
    personId: string;
    memberIds: string[];
    requestedOn: string;
    provinceCode?: string | null | undefined;
  },
) {
  const actor = requireActor(ctx);
  notInFuture(input.requestedOn, ctx.today, 'requestedOn');
  const ids = [input.personId, ...input.memberIds];
  if (new Set(ids).size !== ids.length)
    throw invalid([{ field: 'memberIds', message: 'lists a person twice' }]);
  const principal = await loadPersonInScope(ctx, input.personId, 'accommodation.request');
  for (const id of input.memberIds) await loadPersonInScope(ctx, id, 'accommodation.request');
  await lockPersons(ctx, ids);
  const waiting = await repo.waitingRequestOf(ctx.trx, ids);
  if (waiting.length)
    throw conflict('Already on the waiting list', [
      { field: 'personId', message: 'already waiting', code: 'already_waiting' },
    ]);
  const placed = await repo.openPlacementsOf(ctx.trx, ids);
  if (placed.length)
    throw conflict('Already accommodated', [
      { field: 'personId', message: `placed in ${placed[0]?.centre_name}`, code: 'already_placed' },
    ]);
  const { id } = await repo.insertRequest(ctx.trx, {
    person_id: principal.id,
    member_ids: input.memberIds,
    province_code: actor.provinceCode ?? input.provinceCode ?? principal.province_code,
    requested_on: input.requestedOn,
    created_by: actor.userId,
  });
  ctx.audit({
    action: 'accommodation.request',
    entityType: 'accommodation_request',
    entityId: id,
    personId: principal.id,
  });
  return id;
}

export async function withdrawRequest(ctx: UseCaseContext, requestId: string, on: string) {
  const request = await repo.findRequest(ctx.trx, requestId, true);
  if (!request) throw notFound('Request');
  await loadPersonInScope(ctx, request.person_id, 'accommodation.withdraw', 'Request');
  if (request.status !== 'waiting') throw conflict('The request is no longer waiting');
  await repo.closeRequest(ctx.trx, requestId, 'withdrawn', on, null);
  ctx.audit({
    action: 'accommodation.withdraw',
    entityType: 'accommodation_request',
    entityId: requestId,
    personId: request.person_id,
  });
}

/** The list a centre or a directorate works from; centre staff see their centre's province. */
export async function waitingList(ctx: UseCaseContext, provinceCode: string | undefined) {
  const actor = requireActor(ctx);
  let province = provinceCode;
  const scope = ROLE_SCOPE[actor.role];
  if (scope === 'province') province = actor.provinceCode ?? undefined;
  if (scope === 'centre') province = (await centreRecord(ctx, actor.centreId ?? ''))?.province_code;
  if (scope === 'organisation') return [];
  if (!province) throw invalid([{ field: 'provinceCode', message: 'is required' }]);
  const rows = await repo.waitingList(ctx.trx, province);
  // Centre staff cannot read the registry: the list names each family member they would house.
  const people = new Map(
    (
      await repo.personsBrief(
        ctx.trx,
        rows.flatMap((r) => [r.person_id, ...r.member_ids]),
      )
    ).map((p) => [p.id, p]),
  );
  const brief = (id: string) => {
    const p = people.get(id);
    return {
      personId: id,
      name: p ? `${p.given_name} ${p.family_name}` : '',
      sex: p?.sex ?? 'other',
      dateOfBirth: p && p.date_of_birth_precision !== 'unknown' ? p.date_of_birth : null,
    };
  };
  auditListed(ctx, 'accommodation.list', 'accommodation_request', rows);
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    memberIds: r.member_ids,
    name: `${r.given_name} ${r.family_name}`,
    foreignerIdNumber: r.foreigner_id_number,
    fictional: r.fictional,
    vulnerable: r.vulnerable,
    requestedOn: r.requested_on,
    people: r.member_ids.length + 1,
    members: [r.person_id, ...r.member_ids].map(brief),
  }));
}
