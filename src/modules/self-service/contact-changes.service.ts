// Changes of address or phone reported by applicants, waiting for a caseworker of the province:
// accepted ones update the person's record (audited as any update), rejected ones say why.
import type { Db } from '../../db/database.ts';
import { scopeReachesPerson } from '../../domain/access.ts';
import {
  AccessDenied,
  requireActor,
  runUseCase,
  type RequestMeta,
  type UseCaseContext,
} from '../../core/use-case.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { auditListed } from '../../core/list-audit.ts';
import { lockPersons, updateContactDetails } from '../persons/records.service.ts';
import * as repo from './contact-changes.repository.ts';

/** The applicant's side: a signed-in applicant reports a change; it waits for review. */
export async function reportContactChange(
  db: Db,
  meta: RequestMeta,
  personId: string,
  input: { provinceCode?: string; district?: string; address?: string; phone?: string },
  today: string,
) {
  await runUseCase(db, null, meta, async (ctx) => {
    const id = await repo.insertReport(ctx.trx, {
      person_id: personId,
      province_code: input.provinceCode || null,
      district: input.district || null,
      address: input.address || null,
      phone: input.phone || null,
      reported_on: today,
    });
    ctx.audit({
      action: 'applicant.contact_change',
      entityType: 'contact_change_report',
      entityId: id,
      personId,
    });
  });
}

export async function pendingChanges(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const rows = await repo.pendingReports(ctx.trx);
  const mine = rows.filter((r) =>
    scopeReachesPerson(actor, {
      provinceCode: r.current_province,
      registrationProvinceCode: r.registration_province_code,
    }),
  );
  auditListed(ctx, 'contact_change.list', 'contact_change_report', mine);
  return mine.map((r) => ({
    id: r.id,
    personId: r.person_id,
    name: `${r.given_name} ${r.family_name}`,
    fictional: r.fictional,
    reportedOn: r.reported_on,
    reported: { provinceCode: r.province_code, district: r.district, address: r.address, phone: r.phone },
    current: { provinceCode: r.current_province, district: r.current_district, phone: r.current_phone },
  }));
}

export async function decideChange(ctx: UseCaseContext, id: string, decision: 'accepted' | 'rejected') {
  const actor = requireActor(ctx);
  const report = await repo.reportForUpdate(ctx.trx, id);
  if (!report) throw notFound('Report');
  const [person] = await lockPersons(ctx, [report.person_id]);
  if (!person) throw notFound('Person');
  if (
    !scopeReachesPerson(actor, {
      provinceCode: person.province_code,
      registrationProvinceCode: person.registration_province_code,
    })
  )
    throw new AccessDenied(
      {
        action: `contact_change.${decision}`,
        entityType: 'contact_change',
        entityId: id,
        personId: person.id,
      },
      'Report',
    );
  if (report.status !== 'pending') throw conflict(`The report was ${report.status} already`);
  // Only the fields the applicant filled in change. The person's record holds no street address:
  // a reported one stays on the report, for the caseworker to read.
  if (decision === 'accepted')
    await updateContactDetails(ctx, person.id, {
      ...(report.province_code ? { province_code: report.province_code } : {}),
      ...(report.district ? { district: report.district } : {}),
      ...(report.phone ? { phone: report.phone, phone_digits: report.phone.replace(/\D/g, '') } : {}),
    });
  await repo.markDecided(ctx.trx, id, decision, actor.userId);
  ctx.audit({
    action: `contact_change.${decision}`,
    entityType: 'contact_change_report',
    entityId: id,
    personId: report.person_id,
  });
}
