// Resettlement from referral to departure, and a partner's referral, over HTTP: the "done when"
// of the UNHCR issue. "Today" is fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, startProcedureApp } from '../support/cases.ts';
import { personAged } from '../support/centres.ts';
import { consent, LEGAL_AID_FIELDS, ORGS, setUpOrganisations, STATE_FIELDS } from '../support/sharing.ts';

const TODAY = '2026-11-20';
let t: TestApp;
let registrar: Client;
let caseworker: Client;
let decider: Client;
let unhcr: Client;
let reviewer: Client;
let legal: Client;
let family: string[];
const tpCases: CaseDriver[] = [];

beforeAll(async () => {
  ({ t, registrar, caseworker, decider } = await startProcedureApp(TODAY, '34'));
  await setUpOrganisations(t.admin);
  unhcr = await t.as('unhcr_officer', { organisation: ORGS.unhcr });
  reviewer = await t.as('unhcr_officer', { organisation: ORGS.unhcr });
  legal = await t.as('partner_officer', { organisation: ORGS.legal });
  // A Syrian family of five under temporary protection; the youngest child has a disability.
  const syrian = { nationality: 'SYR' };
  family = [
    await personAged(registrar, 41, TODAY, { ...syrian, sex: 'male' }),
    await personAged(registrar, 37, TODAY, { ...syrian, sex: 'female' }),
    await personAged(registrar, 19, TODAY, { ...syrian, sex: 'male' }),
    await personAged(registrar, 12, TODAY, { ...syrian, sex: 'female' }),
    await personAged(registrar, 6, TODAY, { ...syrian, sex: 'male', specificNeeds: ['LFIP67-DISABLED'] }),
  ];
  for (const person of family) {
    const c = await CaseDriver.lodge(registrar, {
      track: 'temporary_protection',
      lodgedOn: '2025-03-01',
      lodgedVia: 'directorate',
      principalPersonId: person,
    });
    await c.act(decider, '2025-03-10', { action: 'grant_temporary_protection' });
    tpCases.push(c);
  }
});
afterAll(() => t.close());

describe('a family of five, from referral to departure', () => {
  let c: any;
  const step = async (client: Client, path: string, body: Record<string, unknown> = {}, status = 200) => {
    const res = await client.post(`/api/v1/resettlement/cases/${c.id}/${path}`, {
      version: c.version,
      on: TODAY,
      ...body,
    });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(status);
    if (status === 200) c = res.body;
    return res;
  };

  it('refuses the referral until every adult consents, then refers the family to UNHCR', async () => {
    const body = {
      principalPersonId: family[0],
      members: [
        { personId: family[1], relationship: 'spouse' },
        { personId: family[2], relationship: 'child' },
        { personId: family[3], relationship: 'child' },
        { personId: family[4], relationship: 'child' },
      ],
      organisationCode: ORGS.unhcr,
      identifiedOn: '2026-11-10',
      reason: 'A child with a severe disability needing treatment unavailable here.',
    };
    const refused = await caseworker.post('/api/v1/resettlement/cases', body);
    expect(refused.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'CONSENT_REQUIRED' });
    expect(refused.body.errors.map((e: any) => e.message).sort()).toEqual(family.slice(0, 3).sort());
    for (const adult of family.slice(0, 3))
      await consent(registrar, adult, ORGS.unhcr, 'resettlement', '2026-11-10');
    const res = await caseworker.post('/api/v1/resettlement/cases', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    c = res.body;
    expect(c).toMatchObject({ stage: 'referred', organisationCode: ORGS.unhcr });
    expect(c.members).toHaveLength(5);
  });

  it('UNHCR assesses, prepares an emergency form, and a second officer recommends it', async () => {
    c = (await unhcr.get(`/api/v1/resettlement/cases/${c.id}`)).body;
    // UNHCR sees the members through its agreement: no email, no address.
    expect(Object.keys(c.members[0].record).sort()).toEqual([
      'date_of_birth',
      'foreigner_id_number',
      'languages',
      'name',
      'nationality',
      'phone',
      'protection_status',
      'sex',
      'specific_needs',
    ]);
    // The children have no consent of their own: their parents' covers them.
    expect(c.members.map((m: any) => m.visible)).toEqual([true, true, true, true, true]);
    const listed = await caseworker.get(`/api/v1/resettlement/cases?personId=${family[4]}`);
    expect(listed.body.map((x: any) => x.id)).toEqual([c.id]);
    await step(unhcr, 'acceptance', { on: '2026-11-11' });
    const backdated = await step(
      unhcr,
      'form',
      {
        on: '2026-11-09',
        priority: 'normal',
        primaryCategory: 'medical_needs',
        secondaryCategory: 'family_reunification',
        narrative: 'x'.repeat(60),
      },
      422,
    );
    expect(backdated.body.errors[0].code).toBe('date_before_previous_event');
    const skipped = await step(unhcr, 'submission', { stateCode: ORGS.canada }, 409);
    expect(skipped.body.rule).toBe('STAGE');
    const short = await step(
      unhcr,
      'form',
      {
        priority: 'emergency',
        primaryCategory: 'medical_needs',
        secondaryCategory: 'medical_needs',
        narrative: 'x',
      },
      422,
    );
    expect(short.body.errors[0].code).toBe('same_category');
    await step(unhcr, 'form', {
      on: '2026-11-12',
      priority: 'emergency',
      primaryCategory: 'medical_needs',
      secondaryCategory: 'legal_physical_protection',
      narrative:
        'The youngest child needs surgery that is not available in Türkiye; the family faces threats in its district.',
    });
    await step(unhcr, 'review-request', { on: '2026-11-13' });
    const self = await step(unhcr, 'review', { on: '2026-11-14', outcome: 'recommended' }, 409);
    expect(self.body.rule).toBe('FOUR_EYES');
    await step(reviewer, 'review', { on: '2026-11-14', outcome: 'recommended' });
    expect(c.stage).toBe('ready');
  });

  it('submits to a state with an emergency target of 7 days, in a package with only what the state may receive', async () => {
    await step(unhcr, 'submission', { on: '2026-11-16', stateCode: ORGS.canada });
    expect(c).toMatchObject({
      stage: 'submitted',
      submittedTo: 'CAN',
      targetDate: '2026-11-23',
      timeliness: 'at_risk',
    });
    const pkg = (await unhcr.get(`/api/v1/resettlement/cases/${c.id}/submission`)).body;
    for (const m of pkg.members)
      expect(Object.keys(m).sort()).toEqual(['relationship', ...STATE_FIELDS].sort());
    const html = await unhcr.raw(`/api/v1/resettlement/cases/${c.id}/submission?format=html`, {
      headers: { authorization: `Bearer ${unhcr.token}` },
    });
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(JSON.stringify(html.body)).not.toMatch(/99\d{9}/);
    expect((await unhcr.get('/api/v1/resettlement/at-risk')).body.map((x: any) => x.id)).toContain(c.id);
  });

  it('the state accepts four members and rejects one; the four leave and their temporary protection ends', async () => {
    await step(unhcr, 'state-decision', {
      on: '2026-11-18',
      mode: 'interview',
      members: family.map((personId, i) => ({ personId, decision: i === 2 ? 'rejected' : 'accepted' })),
    });
    expect(c.stage).toBe('accepted');
    const early = await step(decider, 'departure', {}, 409);
    expect(early.body.rule).toBe('STAGE');
    await step(unhcr, 'pre-departure', { on: '2026-11-19', medical: true, orientation: true });
    expect(
      (
        await unhcr.post(`/api/v1/resettlement/cases/${c.id}/exit-permission`, {
          version: c.version,
          on: TODAY,
        })
      ).status,
    ).toBe(403);
    await step(decider, 'exit-permission', { on: '2026-11-19' });
    await step(decider, 'departure');
    expect(c.stage).toBe('departed');
    for (const [i, tp] of tpCases.entries()) {
      await tp.reload(registrar);
      expect(tp.view.state).toBe(i === 2 ? 'tp_granted' : 'tp_ended');
    }
    const figures = (await unhcr.get('/api/v1/resettlement/figures')).body;
    expect(figures.byState.CAN).toMatchObject({ submitted: 1, departed: 1, onTime: 1, persons: 5 });
    expect(figures.byPriority.emergency.onTime).toBe(1);
  });

  it('takes its targets from configuration an administrator maintains', async () => {
    const put = (client: Client, body: string) =>
      client.raw('/api/v1/resettlement/targets/urgent', {
        method: 'PUT',
        headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' },
        body,
      });
    const res = await put(t.admin, JSON.stringify({ days: 40, source: 'Test: operation guidance' }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.find((x: any) => x.priority === 'urgent')).toMatchObject({ days: 40 });
    expect((await put(unhcr, '{"days":1,"source":"nope"}')).status).toBe(403);
  });

  it('refuses a referral of a person who holds no eligible status', async () => {
    const stranger = await personAged(registrar, 30, TODAY);
    const res = await caseworker.post('/api/v1/resettlement/cases', {
      principalPersonId: stranger,
      members: [],
      organisationCode: ORGS.unhcr,
      identifiedOn: TODAY,
      reason: 'Tried without a status.',
    });
    expect(res.body).toMatchObject({ code: 'RULE_VIOLATION', rule: 'RESETTLEMENT-ELIGIBILITY' });
    expect(res.body.errors[0].code).toBe('status_not_eligible');
  });
});

describe('a legal-aid partner receives a referral', () => {
  it('sees only the fields it needs, and nothing once consent is withdrawn', async () => {
    const client = family[2]!;
    const body = {
      personId: client,
      toOrganisation: ORGS.legal,
      service: 'legal_aid',
      sentOn: TODAY,
      note: 'Wants advice on his TP status.',
    };
    expect((await registrar.post('/api/v1/referrals', body)).body.rule).toBe('CONSENT_REQUIRED');
    const consentId = await consent(registrar, client, ORGS.legal, 'legal_aid', TODAY);
    const sent = await registrar.post('/api/v1/referrals', body);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const inbox = (await legal.get('/api/v1/referrals?box=inbox')).body;
    expect(inbox.map((r: any) => r.id)).toEqual([sent.body.id]);
    const referral = (await legal.get(`/api/v1/referrals/${sent.body.id}`)).body;
    expect(Object.keys(referral.persons[0].record).sort()).toEqual([...LEGAL_AID_FIELDS].sort());
    const accepted = await legal.post(`/api/v1/referrals/${sent.body.id}/response`, {
      version: 1,
      status: 'accepted',
      on: TODAY,
    });
    expect(accepted.body.status).toBe('accepted');
    const person = await legal.get(`/api/v1/shared/persons/${client}?purpose=legal_aid`);
    expect(person.body.fields.sort()).toEqual([...LEGAL_AID_FIELDS].sort());
    expect(person.body.record.date_of_birth).toBeUndefined();
    expect((await registrar.post(`/api/v1/consents/${consentId}/withdrawal`, { on: TODAY })).status).toBe(
      200,
    );
    expect((await legal.get(`/api/v1/shared/persons/${client}?purpose=legal_aid`)).status).toBe(403);
    expect((await legal.get(`/api/v1/referrals/${sent.body.id}`)).body.persons[0]).toMatchObject({
      visible: false,
      record: null,
    });
    const closed = await legal.post(`/api/v1/referrals/${sent.body.id}/response`, {
      version: 2,
      status: 'closed',
      on: TODAY,
      outcome: 'Advice given by phone.',
    });
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'Advice given by phone.' });
  });

  it('lets a lawyer see a client only while a power of attorney is in force', async () => {
    const lawyer = await t.as('lawyer', { organisation: ORGS.bar });
    const client = family[2]!;
    expect((await lawyer.get(`/api/v1/shared/persons/${client}`)).status).toBe(403);
    const lawyerName = (await lawyer.get('/api/v1/auth/me')).body.username;
    const poa = await registrar.post(`/api/v1/persons/${client}/powers-of-attorney`, {
      lawyerUsername: lawyerName,
      documentReference: 'Vekaletname 2026/4471',
      notary: 'Beyoğlu 12. Noterliği',
      issuedOn: TODAY,
    });
    expect(poa.status, JSON.stringify(poa.body)).toBe(201);
    expect((await registrar.get(`/api/v1/persons/${client}/powers-of-attorney`)).body).toEqual([
      expect.objectContaining({
        documentReference: 'Vekaletname 2026/4471',
        inForce: true,
        lawyerUsername: lawyerName,
      }),
    ]);
    const seen = await lawyer.get(`/api/v1/shared/persons/${client}`);
    expect(seen.status).toBe(200);
    expect(seen.body.record.specific_needs).toBeUndefined();
    expect((await lawyer.get('/api/v1/clients')).body.map((c: any) => c.personId)).toEqual([client]);
    await registrar.post(`/api/v1/powers-of-attorney/${poa.body.id}/revocation`, { on: TODAY });
    expect((await lawyer.get(`/api/v1/shared/persons/${client}`)).status).toBe(403);
  });
});
