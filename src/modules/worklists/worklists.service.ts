// Worklists are scoped to the reader's province; national roles name the province they look at.
import { daysBetween } from '../../domain/calendar.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { ROLE_SCOPE } from '../../domain/access.ts';
import { WORKLISTS, type Worklist } from '../../domain/procedure/worklists.ts';
import { AppError, invalid } from '../../core/errors.ts';
import * as repo from './worklists.repository.ts';

// A count beyond a hundred changes nothing for the reader and costs a scan (bench/worklists.ts).
export const COUNT_CAP = 100;

function provinceOf(ctx: UseCaseContext, requested: string | undefined): string {
  const actor = requireActor(ctx);
  if (ROLE_SCOPE[actor.role] === 'national') {
    if (!requested) throw invalid([{ field: 'provinceCode', message: 'name the province to look at' }]);
    return requested;
  }
  if (!actor.provinceCode) throw new AppError('FORBIDDEN', 'Your account has no province');
  if (requested && requested !== actor.provinceCode)
    throw new AppError('FORBIDDEN', 'Worklists of another province are outside your scope');
  return actor.provinceCode;
}

export async function worklistSummary(ctx: UseCaseContext, requested: string | undefined) {
  const province = provinceOf(ctx, requested);
  const counts = [];
  for (const list of WORKLISTS)
    counts.push({ list, count: await repo.worklistCount(ctx.trx, list, province, ctx.today, COUNT_CAP) });
  return { provinceCode: province, today: ctx.today, countCap: COUNT_CAP, lists: counts };
}

export async function worklist(
  ctx: UseCaseContext,
  list: Worklist,
  opts: { provinceCode?: string | undefined; limit: number; offset: number },
) {
  const province = provinceOf(ctx, opts.provinceCode);
  const rows = await repo.worklistItems(ctx.trx, list, province, ctx.today, opts.limit, opts.offset);
  // A worklist shows names: each person listed is an access to personal data.
  for (const r of rows)
    ctx.audit({
      action: 'worklist.list',
      entityType: 'protection_case',
      entityId: r.case_id,
      personId: r.person_id,
      details: { list },
    });
  return {
    list,
    provinceCode: province,
    today: ctx.today,
    items: rows.map((r) => ({
      caseId: r.case_id,
      reference: r.reference,
      state: r.state,
      procedure: r.procedure,
      vulnerable: r.vulnerable,
      dueOn: r.due_on,
      daysLeft: r.due_on ? daysBetween(ctx.today, r.due_on) : null,
      code: r.code,
      flags: r.flags,
      principal: {
        personId: r.person_id,
        givenName: r.given_name,
        familyName: r.family_name,
        foreignerIdNumber: r.foreigner_id_number,
        fictional: r.fictional,
      },
    })),
  };
}
