// Changes of address or phone reported by applicants, waiting for a caseworker of the province:
// accepted ones update the person's record (audited as any update), rejected ones say why.
import { scopeReachesPerson } from '../../domain/access.ts';
import { requireActor, type UseCaseContext } from '../../core/use-case.ts';
import { AppError, conflict, notFound } from '../../core/errors.ts';

export async function pendingChanges(ctx: UseCaseContext) {
  const actor = requireActor(ctx);
  const rows = await ctx.trx
    .selectFrom('contact_change_report as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.person_id',
      'r.province_code',
      'r.district',
      'r.address',
      'r.phone',
      'r.reported_on',
      'p.given_name',
      'p.family_name',
      'p.fictional',
      'p.province_code as current_province',
      'p.registration_province_code',
      'p.phone as current_phone',
      'p.district as current_district',
    ])
    .where('r.status', '=', 'pending')
    .orderBy('r.reported_on')
    .limit(500)
    .execute();
  const mine = rows.filter((r) =>
    scopeReachesPerson(actor, {
      provinceCode: r.current_province,
      registrationProvinceCode: r.registration_province_code,
    }),
  );
  for (const r of mine)
    ctx.audit({
      action: 'contact_change.list',
      entityType: 'contact_change_report',
      entityId: r.id,
      personId: r.person_id,
    });
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
  const report = await ctx.trx
    .selectFrom('contact_change_report')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!report) throw notFound('Report');
  const person = await ctx.trx
    .selectFrom('person')
    .select(['id', 'province_code', 'registration_province_code'])
    .where('id', '=', report.person_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (
    !scopeReachesPerson(actor, {
      provinceCode: person.province_code,
      registrationProvinceCode: person.registration_province_code,
    })
  )
    throw new AppError('FORBIDDEN', 'This record is outside your scope');
  if (report.status !== 'pending') throw conflict(`The report was ${report.status} already`);
  if (decision === 'accepted') {
    await ctx.trx
      .updateTable('person')
      .set((eb) => ({
        ...(report.province_code ? { province_code: report.province_code } : {}),
        ...(report.district ? { district: report.district } : {}),
        ...(report.phone ? { phone: report.phone, phone_digits: report.phone.replace(/\D/g, '') } : {}),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', person.id)
      .execute();
  }
  await ctx.trx
    .updateTable('contact_change_report')
    .set({ status: decision, reviewed_by: actor.userId, reviewed_at: new Date() })
    .where('id', '=', id)
    .execute();
  ctx.audit({
    action: `contact_change.${decision}`,
    entityType: 'contact_change_report',
    entityId: id,
    personId: report.person_id,
  });
}
