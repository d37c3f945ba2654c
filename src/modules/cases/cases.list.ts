import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { loadPersonInScope } from '../persons/persons.service.ts';
import { scopeReachesCase } from '../../domain/access.ts';
import { loadCaseInScope } from './cases.service.ts';
import * as staff from '../access/records.service.ts';
import * as repo from './cases.repository.ts';

/** The caseworkers a case may be given to: the active ones of the province that handles it. */
export async function assignableCaseworkers(ctx: UseCaseContext, caseId: string) {
  const c = await loadCaseInScope(ctx, caseId, 'case.caseworkers', { toAct: true });
  const rows = await staff.activeCaseworkersOf(ctx, c.province_code);
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}

/** The cases a person is or was a member of, as far as the reader's scope reaches. */
export async function listCasesOfPerson(ctx: UseCaseContext, personId: string) {
  const actor = requireActor(ctx);
  await loadPersonInScope(ctx, personId, 'case.list');
  const rows = await repo.casesOfPerson(ctx.trx, personId);
  ctx.audit({ action: 'case.list', entityType: 'person', entityId: personId, personId });
  return rows
    .filter((c) =>
      scopeReachesCase(actor, { provinceCode: c.province_code, lodgedProvinceCode: c.lodged_province_code }),
    )
    .map((c) => ({
      id: c.id,
      reference: c.reference,
      track: c.track,
      state: c.state,
      lodgedOn: c.lodged_on,
      provinceCode: c.province_code,
    }));
}
