// `koruma seed --demo`: fictional families for trying Koruma out. Every name here is invented;
// every record is flagged fictional and shown so in the app.
import { userByUsername } from '../modules/access/users.service.ts';
import type { Db } from '../db/database.ts';
import { runUseCase, SYSTEM_META } from '../core/use-case.ts';
import type { DocumentType } from '../domain/reference/document-types.ts';
import { toActor } from '../modules/access/auth.service.ts';
import { issueDocument } from '../modules/documents/documents.service.ts';
import { registerHousehold, type HouseholdInput } from '../modules/households/households.service.ts';
import { countFictional, markFictional } from '../modules/persons/records.service.ts';
import { membersOfHousehold } from '../modules/households/households.service.ts';
import { personInput, type PersonInput } from '../modules/persons/persons.schema.ts';

// Parsed like an API request, so demo data obeys the same rules as real registrations.
const person = (p: Record<string, unknown>): PersonInput => personInput.parse(p);

interface DemoFamily {
  household: HouseholdInput;
  documents: DocumentType[];
}

const afghan = {
  nationality: 'AFG',
  provinceCode: '38',
  district: 'Melikgazi',
  entryType: 'irregular',
  entryDate: '2025-09-02',
  entryPlace: 'Van, Özalp',
  languages: ['fa', 'prs'],
} as const;
const iraqi = {
  nationality: 'IRQ',
  provinceCode: '06',
  district: 'Altındağ',
  entryType: 'regular',
  entryDate: '2026-02-11',
  entryPlace: 'Habur border gate',
  languages: ['ar', 'ku'],
} as const;
const syrian = {
  nationality: 'SYR',
  provinceCode: '27',
  district: 'Şahinbey',
  entryType: 'irregular',
  entryDate: '2016-05-20',
  entryPlace: 'Kilis',
  languages: ['ar'],
} as const;

export const DEMO_FAMILIES: readonly DemoFamily[] = [
  {
    household: {
      principal: {
        person: person({
          ...afghan,
          givenName: 'Ahmad Shah',
          familyName: 'Rahimi',
          givenNameOriginal: 'احمد شاه',
          familyNameOriginal: 'رحیمی',
          fatherName: 'Gul Agha',
          sex: 'male',
          dateOfBirth: '1988-01-01',
          dateOfBirthPrecision: 'year',
          phone: '+90 555 010 1001',
        }),
      },
      members: [
        {
          relationship: 'spouse',
          person: person({
            ...afghan,
            givenName: 'Zahra',
            familyName: 'Rahimi',
            givenNameOriginal: 'زهرا',
            familyNameOriginal: 'رحیمی',
            fatherName: 'Nasir',
            sex: 'female',
            dateOfBirth: '1993-04-01',
            dateOfBirthPrecision: 'month',
            specificNeeds: ['LFIP67-PREGNANT', 'SM-DP'],
          }),
        },
        {
          relationship: 'child',
          person: person({
            ...afghan,
            givenName: 'Mahdi',
            familyName: 'Rahimi',
            givenNameOriginal: 'مهدی',
            familyNameOriginal: 'رحیمی',
            fatherName: 'Ahmad Shah',
            sex: 'male',
            dateOfBirth: '2015-03-21',
          }),
        },
        {
          relationship: 'child',
          person: person({
            ...afghan,
            givenName: 'Parisa',
            familyName: 'Rahimi',
            givenNameOriginal: 'پریسا',
            familyNameOriginal: 'رحیمی',
            fatherName: 'Ahmad Shah',
            sex: 'female',
            dateOfBirth: '2019-11-09',
            specificNeeds: ['DS-DF'],
          }),
        },
      ],
    },
    documents: ['registration_document'],
  },
  {
    household: {
      principal: {
        person: person({
          ...iraqi,
          givenName: 'Layla',
          familyName: 'Hassan',
          givenNameOriginal: 'ليلى',
          familyNameOriginal: 'حسن',
          fatherName: 'Kadhim',
          sex: 'female',
          dateOfBirth: '1990-07-14',
          specificNeeds: ['LFIP67-SINGLE_PARENT', 'SP-PT'],
          email: 'layla.demo@example.org',
        }),
      },
      members: [
        {
          relationship: 'child',
          person: person({
            ...iraqi,
            givenName: 'Yusuf',
            familyName: 'Hassan',
            givenNameOriginal: 'يوسف',
            familyNameOriginal: 'حسن',
            fatherName: 'Omar',
            sex: 'male',
            dateOfBirth: '2017-02-03',
          }),
        },
      ],
    },
    documents: ['registration_document', 'ip_applicant_id'],
  },
  {
    household: {
      principal: {
        person: person({
          ...syrian,
          givenName: 'Mohammed',
          familyName: 'Al-Halabi',
          givenNameOriginal: 'محمد',
          familyNameOriginal: 'الحلبي',
          fatherName: 'Khaled',
          sex: 'male',
          dateOfBirth: '1979-09-30',
        }),
      },
      members: [
        {
          relationship: 'spouse',
          person: person({
            ...syrian,
            givenName: 'Fatima',
            familyName: 'Al-Halabi',
            givenNameOriginal: 'فاطمة',
            familyNameOriginal: 'الحلبي',
            fatherName: 'Abdullah',
            sex: 'female',
            dateOfBirth: '1983-12-12',
          }),
        },
        {
          relationship: 'parent',
          person: person({
            ...syrian,
            givenName: 'Khaled',
            familyName: 'Al-Halabi',
            givenNameOriginal: 'خالد',
            familyNameOriginal: 'الحلبي',
            sex: 'male',
            dateOfBirth: '1948-01-01',
            dateOfBirthPrecision: 'year',
            specificNeeds: ['LFIP67-ELDERLY', 'ER-FR'],
          }),
        },
      ],
    },
    documents: ['temporary_protection_id'],
  },
  {
    household: {
      principal: {
        person: person({
          nationality: 'IRN',
          provinceCode: '26',
          district: 'Tepebaşı',
          entryType: 'regular',
          entryDate: '2026-06-18',
          entryPlace: 'Kapıköy border gate',
          languages: ['fa', 'en'],
          givenName: 'Kourosh',
          familyName: 'Tehrani',
          givenNameOriginal: 'کوروش',
          familyNameOriginal: 'تهرانی',
          fatherName: 'Bahram',
          sex: 'male',
          dateOfBirth: '1985-05-05',
          specificNeeds: ['LFIP67-VIOLENCE_SURVIVOR', 'TR-PI'],
        }),
      },
      members: [],
    },
    documents: ['registration_document', 'ip_applicant_id'],
  },
  {
    household: {
      principal: {
        person: person({
          ...afghan,
          provinceCode: '34',
          district: 'Fatih',
          givenName: 'Samiullah',
          familyName: 'Noori',
          givenNameOriginal: 'سمیع الله',
          familyNameOriginal: 'نوری',
          fatherName: 'Abdul Rahman',
          sex: 'male',
          dateOfBirth: '2010-01-01',
          dateOfBirthPrecision: 'year',
          specificNeeds: ['LFIP67-UNACCOMPANIED_MINOR', 'SC-UC'],
          languages: ['ps', 'prs'],
        }),
      },
      members: [],
    },
    documents: ['registration_document'],
  },
];

import { seedDemoCase } from './seed-cases.ts';
import { seedDemoCentres } from './seed-centres.ts';
import { seedDemoSharing } from './seed-sharing.ts';

export async function seedDemo(db: Db, log: (line: string) => void): Promise<void> {
  const { seeded, admin } = await runUseCase(db, null, SYSTEM_META, async (ctx) => ({
    seeded: (await countFictional(ctx)) > 0,
    admin: await userByUsername(ctx, 'admin'),
  }));
  if (seeded) {
    log('demo families are already there; nothing added');
    return;
  }
  if (!admin) throw new Error('no administrator yet: start Koruma once (npm start) before seeding');
  const actor = toActor(admin);
  const principals: string[] = [];
  const households: { personId: string; relationship: string }[][] = [];
  for (const [index, family] of DEMO_FAMILIES.entries()) {
    await runUseCase(db, actor, { ...SYSTEM_META, purpose: 'demo_seed' }, async (ctx) => {
      const householdId = await registerHousehold(ctx, family.household);
      const members = await membersOfHousehold(ctx, householdId);
      await markFictional(
        ctx,
        members.map((m) => m.personId),
      );
      for (const member of members) {
        for (const type of family.documents) await issueDocument(ctx, member.personId, { type });
      }
      const reference = await seedDemoCase(ctx, index, members);
      principals.push(members.find((m) => m.relationship === 'principal')!.personId);
      households.push(members.map((m) => ({ personId: m.personId, relationship: m.relationship })));
      log(
        `[${index + 1}/${DEMO_FAMILIES.length}] fictional household of ${members.length}: ${members.map((m) => `${m.givenName} ${m.familyName}`).join(', ')} (case ${reference})`,
      );
    });
  }
  const centres = await runUseCase(db, actor, { ...SYSTEM_META, purpose: 'demo_seed' }, (ctx) =>
    // The last two families: a survivor of violence, and an unaccompanied child.
    seedDemoCentres(ctx, { survivorOfViolence: principals[3]!, unaccompaniedChild: principals[4]! }),
  );
  log(`demo centres ${centres.join(', ')}: a child placed, a survivor waiting, a man detained for removal`);
  await runUseCase(db, actor, { ...SYSTEM_META, purpose: 'demo_seed' }, (ctx) =>
    // The Syrian family (temporary protection, an elderly parent) and the survivor of violence.
    seedDemoSharing(ctx, {
      syrianFamily: {
        principal: principals[2]!,
        others: households[2]!.filter((m) => m.relationship !== 'principal'),
      },
      survivor: principals[3]!,
    }),
  );
  log(
    'demo organisations UNHCR-TR, DEMO-LEGAL, DEMO-PSS, ISTANBUL-BAR, STATE-CAN: a family referred for resettlement, a legal-aid referral',
  );
  log('done: all demo records are marked fictional');
}
