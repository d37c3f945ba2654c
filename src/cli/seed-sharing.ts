// Demo organisations for `koruma seed --demo`: UNHCR, two partners, a bar association and a
// resettlement state, each with the agreements that say what it may see; the Syrian demo family
// referred for resettlement (waiting for UNHCR), and the survivor of violence referred for legal aid.
import { addDays } from '../domain/calendar.ts';
import type { OrganisationKind, ShareableField, SharingPurpose } from '../domain/sharing/boundary.ts';
import type { UseCaseContext } from '../core/use-case.ts';
import { referForResettlement } from '../modules/resettlement/resettlement.service.ts';
import { sendReferral } from '../modules/sharing/referrals.service.ts';
import { addAgreement, recordConsent, saveOrganisation } from '../modules/sharing/sharing.service.ts';

export interface DemoFamilyMembers {
  principal: string;
  others: { personId: string; relationship: string }[];
}

const ORGANISATIONS: [code: string, name: string, kind: OrganisationKind, country: string | null][] = [
  ['UNHCR-TR', 'UNHCR Türkiye', 'unhcr', null],
  ['DEMO-LEGAL', 'Hukuki yardım ortağı (demo)', 'partner', null],
  ['DEMO-PSS', 'Psikososyal destek ortağı (demo)', 'partner', null],
  ['ISTANBUL-BAR', 'İstanbul Barosu', 'bar_association', null],
  ['STATE-CAN', 'Canada (demo)', 'resettlement_state', 'CAN'],
];

const AGREEMENTS: [code: string, purpose: SharingPurpose, fields: ShareableField[]][] = [
  [
    'UNHCR-TR',
    'resettlement',
    [
      'name',
      'name_original',
      'foreigner_id_number',
      'date_of_birth',
      'sex',
      'nationality',
      'languages',
      'phone',
      'specific_needs',
      'protection_status',
    ],
  ],
  ['DEMO-LEGAL', 'legal_aid', ['name', 'foreigner_id_number', 'phone', 'languages', 'protection_status']],
  ['DEMO-PSS', 'psychosocial_support', ['name', 'languages', 'phone']],
  ['STATE-CAN', 'resettlement_submission', ['name', 'date_of_birth', 'sex', 'nationality', 'specific_needs']],
];

export async function seedDemoSharing(
  ctx: UseCaseContext,
  people: { syrianFamily: DemoFamilyMembers; survivor: string },
): Promise<string> {
  const day = (n: number) => addDays(ctx.today, -n);
  for (const [code, name, kind, country] of ORGANISATIONS)
    await saveOrganisation(ctx, { code, name, kind, country });
  for (const [code, purpose, fields] of AGREEMENTS)
    await addAgreement(ctx, code, {
      purpose,
      fields,
      reference: `Demo agreement ${code}/${purpose}`,
      validFrom: '2026-01-01',
    });
  const family = [people.syrianFamily.principal, ...people.syrianFamily.others.map((o) => o.personId)];
  for (const personId of family)
    await recordConsent(ctx, personId, {
      organisationCode: 'UNHCR-TR',
      purpose: 'resettlement',
      givenOn: day(12),
      document: 'Demo consent form',
    });
  const caseId = await referForResettlement(ctx, {
    principalPersonId: people.syrianFamily.principal,
    members: people.syrianFamily.others,
    organisationCode: 'UNHCR-TR',
    identifiedOn: day(12),
    reason: 'Demo: an elderly parent who cannot care for himself; the family faces threats.',
  });
  await recordConsent(ctx, people.survivor, {
    organisationCode: 'DEMO-LEGAL',
    purpose: 'legal_aid',
    givenOn: day(3),
    document: 'Demo consent form',
  });
  await sendReferral(ctx, {
    personId: people.survivor,
    memberIds: [],
    toOrganisation: 'DEMO-LEGAL',
    service: 'legal_aid',
    sentOn: day(3),
    note: 'Demo: advice on the interview.',
  });
  return caseId;
}
