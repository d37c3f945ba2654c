// Demo centres for `koruma seed --demo`: a reception and accommodation centre with the
// unaccompanied child of the demo families placed and a survivor of violence waiting, and a
// removal centre with a detained man whose monthly review falls due this week. Dated from today.
import { addDays } from '../domain/calendar.ts';
import type { UseCaseContext } from '../core/use-case.ts';
import { recordService, referChild, requestVisit, decideVisit } from '../modules/care/care.service.ts';
import { centreView, createCentre } from '../modules/centres/centres.service.ts';
import { orderDetention } from '../modules/detention/detention.service.ts';
import { admit } from '../modules/placements/placements.service.ts';
import { requestAccommodation } from '../modules/placements/waiting-list.service.ts';
import { markFictional } from '../modules/persons/records.service.ts';
import { personInput } from '../modules/persons/persons.schema.ts';
import { registerPerson } from '../modules/persons/persons.service.ts';
import { notify, orderRemoval } from '../modules/removal/removal.service.ts';
import { removalRecord } from '../modules/removal/records.service.ts';

export interface DemoPeople {
  unaccompaniedChild: string;
  survivorOfViolence: string;
}

async function unitIds(ctx: UseCaseContext, centreId: string): Promise<Record<string, string>> {
  const view = await centreView(ctx, centreId);
  return Object.fromEntries(view.units.map((u) => [u.name, u.id]));
}

export async function seedDemoCentres(ctx: UseCaseContext, people: DemoPeople): Promise<string[]> {
  const day = (n: number) => addDays(ctx.today, -n);
  // domain.md §8: the one reception centre for applicants today is in Yozgat, with 100 places.
  const reception = await createCentre(ctx, {
    code: 'DEMO-YOZGAT-KBM',
    name: 'Yozgat Kabul ve Barınma Merkezi (demo)',
    kind: 'reception',
    provinceCode: '66',
    operator: 'authority',
    units: [
      ...[1, 2, 3, 4].map((n) => ({ name: `Aile ${n}`, unitType: 'family' as const, capacity: 6 })),
      { name: 'Çocuk birimi', unitType: 'child', capacity: 16 },
      { name: 'Kadın kanadı', unitType: 'wing', sexRestriction: 'female', capacity: 30 },
      { name: 'Erkek kanadı', unitType: 'wing', sexRestriction: 'male', capacity: 30 },
    ],
  });
  const removalCentre = await createCentre(ctx, {
    code: 'DEMO-IST-GGM',
    name: 'İstanbul Geri Gönderme Merkezi (demo)',
    kind: 'removal',
    provinceCode: '34',
    operator: 'partner',
    operatorName: 'Türk Kızılay',
    protocolReference: 'Demo protocol 2026/1',
    units: [
      { name: 'A Blok (erkek)', unitType: 'wing', sexRestriction: 'male', capacity: 300 },
      { name: 'B Blok (kadın)', unitType: 'wing', sexRestriction: 'female', capacity: 100 },
      { name: 'Aile birimi', unitType: 'family', capacity: 8 },
      { name: 'Çocuk birimi', unitType: 'child', capacity: 10 },
    ],
  });
  const rac = await unitIds(ctx, reception);
  const rc = await unitIds(ctx, removalCentre);

  await requestAccommodation(ctx, {
    personId: people.unaccompaniedChild,
    memberIds: [],
    requestedOn: day(21),
    provinceCode: '66',
  });
  await admit(ctx, {
    unitId: rac['Çocuk birimi']!,
    personIds: [people.unaccompaniedChild],
    admittedOn: day(20),
  });
  await referChild(ctx, reception, people.unaccompaniedChild, {
    referredOn: day(19),
    institution: 'Aile ve Sosyal Hizmetler Bakanlığı (MoFSS)',
    reference: 'DEMO-ASHB-0001',
  });
  await recordService(ctx, reception, people.unaccompaniedChild, {
    category: 'psychosocial',
    deliveredOn: day(5),
    provider: 'Centre social worker',
    summary: 'Demo: first individual session; sleeps badly, asks about his brother.',
  });
  await requestAccommodation(ctx, {
    personId: people.survivorOfViolence,
    memberIds: [],
    requestedOn: day(9),
    provinceCode: '66',
  });

  // A man with no application, apprehended after an irregular entry: decision, detention, transfer.
  const detainee = await registerPerson(
    ctx,
    personInput.parse({
      givenName: 'Imran',
      familyName: 'Qureshi',
      sex: 'male',
      dateOfBirth: '1994-03-14',
      nationality: 'PAK',
      provinceCode: '34',
      entryType: 'irregular',
      entryDate: day(30),
      entryPlace: 'Edirne',
      languages: ['ur'],
    }),
  );
  await markFictional(ctx, [detainee.id]);
  const removalId = await orderRemoval(ctx, {
    personId: detainee.id,
    grounds: ['entry_exit_breach'],
    destinationCountry: 'PAK',
    decidedOn: day(26),
    abscondingRisk: true,
  });
  await notify(ctx, removalId, {
    version: (await removalRecord(ctx, removalId))!.version,
    notifiedOn: day(26),
  });
  await orderDetention(ctx, {
    personId: detainee.id,
    basis: 'removal',
    grounds: ['absconding_risk', 'entry_exit_breach'],
    orderedAt: `${day(26)}T11:00:00+03:00`,
  });
  await admit(ctx, { unitId: rc['A Blok (erkek)']!, personIds: [detainee.id], admittedOn: day(25) });
  const lawyer = await requestVisit(ctx, removalCentre, {
    personId: detainee.id,
    visitorKind: 'lawyer',
    visitorName: 'Av. Deniz Aksoy (demo)',
    visitorOrganisation: 'İstanbul Barosu',
    startsAt: `${ctx.today}T14:00:00+03:00`,
    endsAt: `${ctx.today}T15:00:00+03:00`,
  });
  await decideVisit(ctx, removalCentre, lawyer, { status: 'scheduled' });
  await requestVisit(ctx, removalCentre, {
    personId: detainee.id,
    visitorKind: 'unhcr',
    visitorName: 'UNHCR protection officer (demo)',
    visitorOrganisation: 'UNHCR Türkiye',
    startsAt: `${ctx.today}T10:30:00+03:00`,
    endsAt: `${ctx.today}T11:15:00+03:00`,
  });
  return ['DEMO-YOZGAT-KBM', 'DEMO-IST-GGM'];
}
