// Seeding resettlement and data sharing through the API: organisations and their agreements,
// UNHCR, partner and lawyer accounts, families under temporary protection in one household, and
// consents. Dates are relative to today (the server's "today" is the real one).
import { apiClient, type ApiClient } from './api.ts';
import { act, daysAgo, STAFF_PASSWORD, type CaseView } from './cases.ts';
import { bornYearsAgo, register } from './centres.ts';

export const ORGS = {
  unhcr: 'UNHCR-TR',
  legal: 'TBB-LEGAL',
  canada: 'STATE-CAN',
  bar: 'ANKARA-BAR',
} as const;
export const LEGAL_AID_FIELDS = ['name', 'foreigner_id_number', 'phone', 'languages', 'protection_status'];
const UNHCR_FIELDS = [
  'name',
  'foreigner_id_number',
  'date_of_birth',
  'sex',
  'nationality',
  'languages',
  'specific_needs',
  'protection_status',
  'phone',
];

export async function setUpOrganisations(admin: ApiClient): Promise<void> {
  const orgs: [string, string, string, string | null][] = [
    [ORGS.unhcr, 'UNHCR Türkiye', 'unhcr', null],
    [ORGS.legal, 'Hukuki Yardım Derneği', 'partner', null],
    [ORGS.canada, 'Canada (IRCC)', 'resettlement_state', 'CAN'],
    [ORGS.bar, 'Ankara Barosu', 'bar_association', null],
  ];
  for (const [code, name, kind, country] of orgs)
    await admin.put(`/api/v1/organisations/${code}`, { name, kind, country });
  const agreements: [string, string, string[]][] = [
    [ORGS.unhcr, 'resettlement', UNHCR_FIELDS],
    [ORGS.legal, 'legal_aid', LEGAL_AID_FIELDS],
    [
      ORGS.canada,
      'resettlement_submission',
      ['name', 'date_of_birth', 'sex', 'nationality', 'specific_needs'],
    ],
  ];
  for (const [code, purpose, fields] of agreements)
    await admin.post(`/api/v1/organisations/${code}/agreements`, {
      purpose,
      fields,
      reference: `Protokol ${code}/${purpose}`,
      validFrom: '2020-01-01',
    });
}

/** A UNHCR, partner or lawyer account, working in its own language. */
export async function organisationUser(
  admin: ApiClient,
  baseUrl: string,
  username: string,
  role: 'unhcr_officer' | 'partner_officer' | 'lawyer',
  displayName: string,
  organisation: string,
  preferredLanguage: string,
): Promise<ApiClient> {
  await admin.post('/api/v1/users', {
    username,
    displayName,
    role,
    organisation,
    password: STAFF_PASSWORD,
    preferredLanguage,
  });
  return apiClient(baseUrl, STAFF_PASSWORD, username);
}

export function consent(
  api: ApiClient,
  personId: string,
  organisationCode: string,
  purpose: string,
  givenOn: string,
) {
  return api.post<{ id: string }>(`/api/v1/persons/${personId}/consents`, {
    organisationCode,
    purpose,
    givenOn,
    document: 'Rıza formu, imzalı ve taranmış',
  });
}

/** Temporary protection granted long ago, each person in a case of their own. */
export async function underTemporaryProtection(admin: ApiClient, personId: string): Promise<CaseView> {
  const c = await admin.post<CaseView>('/api/v1/cases', {
    track: 'temporary_protection',
    lodgedOn: daysAgo(400),
    lodgedVia: 'directorate',
    provinceCode: '06',
    principalPersonId: personId,
    members: [],
  });
  return act(admin, c, daysAgo(390), { action: 'grant_temporary_protection' });
}

export interface Member {
  id: string;
  name: string;
  relationship: string;
}

/** A Syrian family under temporary protection in one household; the first is its principal. */
export async function syrianFamily(
  admin: ApiClient,
  familyName: string,
  people: { givenName: string; age: number; sex: string; relationship: string; needs?: string[] }[],
): Promise<Member[]> {
  const members: Member[] = [];
  for (const p of people) {
    const id = await register(admin, {
      givenName: p.givenName,
      familyName,
      sex: p.sex,
      nationality: 'SYR',
      languages: ['ar'],
      phone: '+90 555 010 2030',
      dateOfBirth: bornYearsAgo(p.age),
      ...(p.needs ? { specificNeeds: p.needs } : {}),
    });
    await underTemporaryProtection(admin, id);
    members.push({ id, name: `${p.givenName} ${familyName}`, relationship: p.relationship });
  }
  const [principal, ...others] = members;
  await admin.post('/api/v1/households', {
    principal: { personId: principal?.id },
    members: others.map((m) => ({ personId: m.id, relationship: m.relationship })),
  });
  return members;
}

export interface ResettlementCase {
  id: string;
  reference: string;
  version: number;
  stage: string;
}

type Stop = 'referred' | 'review' | 'submitted';

/**
 * A family referred to UNHCR (each adult's consent recorded first) and taken by UNHCR's officers
 * as far as `stop`: the form prepared with `priority` and reviewed by a second officer, then
 * submitted to Canada. Each step a day after the one before, the last one `lastOn` days ago.
 */
export async function resettlementCase(
  staff: { admin: ApiClient; unhcr: ApiClient; reviewer: ApiClient },
  family: Member[],
  adults: number,
  stop: Stop,
  priority = 'urgent',
  lastOn = 2,
): Promise<ResettlementCase> {
  const days = { referred: 0, review: 3, submitted: 5 }[stop];
  let day = lastOn + days;
  for (const adult of family.slice(0, adults))
    await consent(staff.admin, adult.id, ORGS.unhcr, 'resettlement', daysAgo(day));
  const [principal, ...others] = family;
  let c = await staff.admin.post<ResettlementCase>('/api/v1/resettlement/cases', {
    principalPersonId: principal?.id,
    members: others.map((m) => ({ personId: m.id, relationship: m.relationship })),
    organisationCode: ORGS.unhcr,
    identifiedOn: daysAgo(day),
    reason: 'Ailede tedavisi Türkiye’de sağlanamayan ağır bir hastalık var.',
  });
  const step = async (client: ApiClient, path: string, body: Record<string, unknown> = {}) => {
    day -= 1;
    c = await client.post(`/api/v1/resettlement/cases/${c.id}/${path}`, {
      version: c.version,
      on: daysAgo(day),
      ...body,
    });
  };
  if (stop === 'referred') return c;
  await step(staff.unhcr, 'acceptance');
  await step(staff.unhcr, 'form', {
    priority,
    primaryCategory: 'medical_needs',
    secondaryCategory: 'legal_physical_protection',
    narrative:
      'The youngest child needs surgery that is not available in Türkiye; the family faces threats in its district.',
  });
  await step(staff.unhcr, 'review-request');
  if (stop === 'review') return c;
  await step(staff.reviewer, 'review', { outcome: 'recommended' });
  await step(staff.unhcr, 'submission', { stateCode: ORGS.canada });
  return c;
}
