// Organisations and agreements for tests of the sharing boundary and resettlement.
import { expect } from 'vitest';
import type { Client } from './app.ts';

export const ORGS = {
  unhcr: 'UNHCR-TR',
  legal: 'TBB-LEGAL',
  psychosocial: 'ASAM-PSS',
  canada: 'STATE-CAN',
  bar: 'ISTANBUL-BAR',
} as const;

export const UNHCR_FIELDS = [
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
export const LEGAL_AID_FIELDS = ['name', 'foreigner_id_number', 'phone', 'languages', 'protection_status'];
export const STATE_FIELDS = ['name', 'date_of_birth', 'sex', 'nationality', 'specific_needs'];

export async function setUpOrganisations(admin: Client): Promise<void> {
  const orgs: [string, string, string, string | null][] = [
    [ORGS.unhcr, 'UNHCR Türkiye', 'unhcr', null],
    [ORGS.legal, 'Legal aid partner', 'partner', null],
    [ORGS.psychosocial, 'Psychosocial support partner', 'partner', null],
    [ORGS.canada, 'Canada (IRCC)', 'resettlement_state', 'CAN'],
    [ORGS.bar, 'İstanbul Barosu', 'bar_association', null],
  ];
  for (const [code, name, kind, country] of orgs) {
    const res = await admin.raw(`/api/v1/organisations/${code}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, kind, country }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  const agreements: [string, string, string[]][] = [
    [ORGS.unhcr, 'resettlement', UNHCR_FIELDS],
    [ORGS.legal, 'legal_aid', LEGAL_AID_FIELDS],
    [ORGS.psychosocial, 'psychosocial_support', ['name', 'languages', 'phone']],
    [ORGS.canada, 'resettlement_submission', STATE_FIELDS],
  ];
  for (const [code, purpose, fields] of agreements) {
    const res = await admin.post(`/api/v1/organisations/${code}/agreements`, {
      purpose,
      fields,
      reference: `Test agreement ${code}/${purpose}`,
      validFrom: '2020-01-01',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
}

export async function consent(
  client: Client,
  personId: string,
  organisationCode: string,
  purpose: string,
  givenOn: string,
): Promise<string> {
  const res = await client.post(`/api/v1/persons/${personId}/consents`, {
    organisationCode,
    purpose,
    givenOn,
    document: 'Signed consent form, scanned',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}
