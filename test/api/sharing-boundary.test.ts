// The data-sharing boundary, exhaustively: every organisation role × organisation × record type.
// A read outside the boundary is refused with 403, the refusal is audited, and the answer for a
// record that exists is the same as for one that does not. The reads inside it are the positive
// controls that show the refusals are not simply everything.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARING_PURPOSES } from '../../src/domain/sharing/boundary.ts';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, startProcedureApp } from '../support/cases.ts';
import { personAged } from '../support/centres.ts';
import { consent, ORGS, setUpOrganisations } from '../support/sharing.ts';

const TODAY = '2026-11-20';
let t: TestApp;
let registrar: Client;
let caseworker: Client;
let decider: Client;
const actors: Record<string, { client: Client; username: string }> = {};
const ids: Record<string, string> = {};

async function actor(
  name: string,
  role: 'unhcr_officer' | 'partner_officer' | 'lawyer',
  organisation: string,
) {
  const client = await t.as(role, { organisation });
  actors[name] = { client, username: (await client.get('/api/v1/auth/me')).body.username };
}

beforeAll(async () => {
  ({ t, registrar, caseworker, decider } = await startProcedureApp(TODAY, '34'));
  await setUpOrganisations(t.admin);
  await actor('unhcr', 'unhcr_officer', ORGS.unhcr);
  await actor('legal', 'partner_officer', ORGS.legal);
  await actor('psychosocial', 'partner_officer', ORGS.psychosocial);
  await actor('lawyer', 'lawyer', ORGS.bar);
  await actor('lawyerOfA', 'lawyer', ORGS.bar);
  // A: referred to the legal-aid partner. B: in a resettlement case of UNHCR. C: shared with nobody.
  ids.A = await personAged(registrar, 30, TODAY);
  ids.B = await personAged(registrar, 33, TODAY, {
    nationality: 'SYR',
    specificNeeds: ['LFIP67-SINGLE_PARENT'],
  });
  ids.C = await personAged(registrar, 45, TODAY);
  // D consented to the legal-aid partner but was never referred; E was referred and then withdrew
  // consent. Neither may be read: a referral without consent, or consent without a referral, is
  // not enough.
  ids.D = await personAged(registrar, 28, TODAY);
  await consent(registrar, ids.D, ORGS.legal, 'legal_aid', TODAY);
  ids.E = await personAged(registrar, 52, TODAY);
  const consentOfE = await consent(registrar, ids.E, ORGS.legal, 'legal_aid', TODAY);
  await registrar.post('/api/v1/referrals', {
    personId: ids.E,
    toOrganisation: ORGS.legal,
    service: 'legal_aid',
    sentOn: TODAY,
  });
  await registrar.post(`/api/v1/consents/${consentOfE}/withdrawal`, { on: TODAY });
  await consent(registrar, ids.A, ORGS.legal, 'legal_aid', TODAY);
  ids.referral = (
    await registrar.post('/api/v1/referrals', {
      personId: ids.A,
      toOrganisation: ORGS.legal,
      service: 'legal_aid',
      sentOn: TODAY,
    })
  ).body.id;
  const tp = await CaseDriver.lodge(registrar, {
    track: 'temporary_protection',
    lodgedOn: '2025-01-10',
    lodgedVia: 'directorate',
    principalPersonId: ids.B,
  });
  await tp.act(decider, '2025-01-20', { action: 'grant_temporary_protection' });
  await consent(registrar, ids.B, ORGS.unhcr, 'resettlement', TODAY);
  ids.resettlement = (
    await caseworker.post('/api/v1/resettlement/cases', {
      principalPersonId: ids.B,
      organisationCode: ORGS.unhcr,
      identifiedOn: TODAY,
      reason: 'Single mother at risk.',
    })
  ).body.id;
  const ip = await CaseDriver.lodge(registrar, {
    track: 'international_protection',
    lodgedOn: '2026-11-01',
    lodgedVia: 'directorate',
    principalPersonId: ids.C,
  });
  ids.case = ip.id;
  const lawyerName = actors.lawyerOfA!.username;
  expect(
    (
      await registrar.post(`/api/v1/persons/${ids.A}/powers-of-attorney`, {
        lawyerUsername: lawyerName,
        documentReference: 'POA-1',
        issuedOn: TODAY,
      })
    ).status,
  ).toBe(201);
  for (const key of ['A', 'B', 'C', 'D', 'E', 'referral', 'resettlement', 'case'])
    expect(ids[key], key).toBeTruthy();
});
afterAll(() => t.close());

type Read = { label: string; path: (id: string) => string; record: string };
const NOWHERE = randomUUID();

/** Every read an organisation's user could try, per record type. */
function reads(): Read[] {
  const out: Read[] = [];
  for (const person of ['A', 'B', 'C', 'D', 'E', 'missing']) {
    out.push({ label: `person ${person}`, record: person, path: (id) => `/api/v1/persons/${id}` });
    out.push({
      label: `consents of ${person}`,
      record: person,
      path: (id) => `/api/v1/persons/${id}/consents`,
    });
    for (const purpose of SHARING_PURPOSES)
      out.push({
        label: `shared ${person} for ${purpose}`,
        record: person,
        path: (id) => `/api/v1/shared/persons/${id}?purpose=${purpose}`,
      });
  }
  for (const record of ['case', 'missing'])
    out.push({ label: `protection case ${record}`, record, path: (id) => `/api/v1/cases/${id}` });
  for (const record of ['referral', 'missing'])
    out.push({ label: `referral ${record}`, record, path: (id) => `/api/v1/referrals/${id}` });
  for (const record of ['resettlement', 'missing']) {
    out.push({
      label: `resettlement case ${record}`,
      record,
      path: (id) => `/api/v1/resettlement/cases/${id}`,
    });
    out.push({
      label: `submission package ${record}`,
      record,
      path: (id) => `/api/v1/resettlement/cases/${id}/submission`,
    });
  }
  return out;
}

/** The reads inside the boundary: everything else must be refused. */
const ALLOWED: Record<string, string[]> = {
  // Its own case's package exists once the case is submitted: before that, 409 (not a refusal).
  unhcr: ['shared B for resettlement', 'resettlement case resettlement', 'submission package resettlement'],
  legal: ['shared A for legal_aid', 'referral referral'],
  psychosocial: [],
  lawyer: [],
  lawyerOfA: SHARING_PURPOSES.map((p) => `shared A for ${p}`),
};

async function deniedCount(username: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_event
    where actor_username = ${username} and outcome = 'denied'`.execute(t.db.kysely);
  return rows[0]?.n ?? 0;
}

const comparable = (body: any) => ({ ...body, requestId: undefined, instance: undefined });

describe('roles × organisations × record types', () => {
  for (const name of Object.keys(ALLOWED)) {
    it(`${name}: refuses and audits every read outside the boundary, the same whether the record exists or not`, async () => {
      const { client, username } = actors[name]!;
      const refusals = new Map<string, any>();
      for (const read of reads()) {
        const id = read.record === 'missing' ? NOWHERE : ids[read.record]!;
        const before = await deniedCount(username);
        const res = await client.get(read.path(id));
        if (ALLOWED[name]!.includes(read.label)) {
          const expected = read.label.startsWith('submission package') ? 409 : 200;
          expect(res.status, `${name} should read ${read.label}: ${JSON.stringify(res.body)}`).toBe(expected);
          continue;
        }
        expect(res.status, `${name} read ${read.label}`).toBe(403);
        expect(await deniedCount(username), `${name}: refusal of ${read.label} audited`).toBe(before + 1);
        refusals.set(read.label, comparable(res.body));
      }
      // A refusal says nothing about existence: each existing record's refusal equals the missing one's.
      for (const [label, body] of refusals) {
        const missing = label.replace(/ (A|B|C|D|E|case|referral|resettlement)( |$)/, ' missing$2');
        if (missing !== label && refusals.has(missing))
          expect(body, `${name}: ${label} vs ${missing}`).toEqual(refusals.get(missing));
      }
    });
  }

  it('shows inside the boundary only the fields of the agreement', async () => {
    const legal = await actors.legal!.client.get(`/api/v1/shared/persons/${ids.A}?purpose=legal_aid`);
    expect(Object.keys(legal.body.record).sort()).toEqual([
      'foreigner_id_number',
      'languages',
      'name',
      'phone',
      'protection_status',
    ]);
    const unhcr = await actors.unhcr!.client.get(`/api/v1/shared/persons/${ids.B}?purpose=resettlement`);
    expect(unhcr.body.record.address).toBeUndefined();
    expect(unhcr.body.record.specific_needs).toEqual(['LFIP67-SINGLE_PARENT']);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_event
      where action = 'shared.read' and outcome = 'success' and person_id = ${ids.A}`.execute(t.db.kysely);
    expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
  });
});
