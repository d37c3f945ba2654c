// Applicant self-service over HTTP: sign-in with ID number, date of birth and a one-time code from
// the outbox; the applicant's own stage, appeal window and last day, in their language; nothing
// that tells whether an ID number exists; rate limits; expiry; reporting a change of address.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureDelivery, fileProvider } from '../../src/modules/self-service/delivery.service.ts';
import type { Client, TestApp } from '../support/app.ts';
import { CaseDriver, startProcedureApp } from '../support/cases.ts';
import { personAged } from '../support/centres.ts';

const TODAY = '2026-11-20';
const outbox = join(mkdtempSync(join(tmpdir(), 'koruma-outbox-')), 'outbox.log');
let t: TestApp;
let registrar: Client;
let applicant: { id: string; number: string; dob: string };

beforeAll(async () => {
  configureDelivery(fileProvider(outbox));
  const team = await startProcedureApp(TODAY, '34');
  t = team.t;
  registrar = team.registrar;
  const id = await personAged(registrar, 32, TODAY, { phone: '+90 555 111 22 33', nationality: 'AFG' });
  const person = (await registrar.get(`/api/v1/persons/${id}`)).body;
  applicant = { id, number: person.foreignerIdNumber, dob: person.dateOfBirth };
  // Rejected and served on 18 November: the court window (30 days) is open.
  const c = await CaseDriver.lodge(registrar, {
    track: 'international_protection',
    lodgedOn: '2026-09-01',
    lodgedVia: 'directorate',
    principalPersonId: id,
  });
  await c.act(registrar, '2026-09-01', { action: 'register' });
  await c.act(team.caseworker, '2026-09-02', {
    action: 'schedule_interview',
    scheduledAt: '2026-09-10T10:00:00+03:00',
    interpreterLanguage: 'fa',
    attendees: [],
  });
  await c.act(team.caseworker, '2026-09-10', { action: 'record_interview', record: 'Interview held.' });
  await c.act(team.decider, '2026-11-18', {
    action: 'decide',
    decision: 'rejected',
    reasons: 'Not established.',
  });
  await c.act(team.caseworker, '2026-11-18', { action: 'serve_decision' });
});
afterAll(() => t.close());

const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${t.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
const challengeIn = (html: string) => /name="challenge" value="([^"]+)"/.exec(html)?.[1] ?? '';

async function lastCode(): Promise<string> {
  const rows = await t.db.kysely
    .selectFrom('delivery_outbox')
    .select(['body', 'sent_at'])
    .orderBy('id', 'desc')
    .limit(1)
    .execute();
  expect(rows[0]?.sent_at).not.toBeNull();
  return /(\d{6})/.exec(rows[0]!.body)![1]!;
}

async function signIn(lang = 'fa', who = applicant): Promise<string> {
  const started = await form(
    `/${lang}/me/code`,
    { foreignerIdNumber: who.number, dateOfBirth: who.dob },
    { 'x-forwarded-for': '10.0.0.1' },
  );
  const challenge = challengeIn(await started.text());
  const res = await form(`/${lang}/me/sign-in`, { challenge, code: await lastCode() });
  expect(res.status).toBe(303);
  return /koruma_applicant=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
}

describe('signing in', () => {
  it('sends a one-time code through the outbox and shows the applicant their appeal window and its last day, in Persian', async () => {
    const session = await signIn('fa');
    expect(readFileSync(outbox, 'utf8')).toContain('+90 555 111 22 33');
    const res = await fetch(`${t.baseUrl}/fa/me`, { headers: { cookie: `koruma_applicant=${session}` } });
    const html = await res.text();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('مهلت‌های باز اعتراض');
    // 30 days from 18 November: Friday 18 December 2026.
    expect(html).toContain('<time datetime="2026-12-18" dir="ltr">2026-12-18</time>');
    expect(html).toContain(applicant.number);
  });

  it('answers the same whether or not the ID number exists', async () => {
    const known = await (
      await form(
        '/en/me/code',
        { foreignerIdNumber: applicant.number, dateOfBirth: applicant.dob },
        { 'x-forwarded-for': '10.0.0.2' },
      )
    ).text();
    const unknown = await (
      await form(
        '/en/me/code',
        { foreignerIdNumber: '99999999990', dateOfBirth: '1990-01-01' },
        { 'x-forwarded-for': '10.0.0.2' },
      )
    ).text();
    const strip = (html: string) => html.replace(/name="challenge" value="[^"]+"/, '');
    expect(strip(known)).toEqual(strip(unknown));
    // The unknown number's challenge accepts no code at all.
    expect((await form('/en/me/sign-in', { challenge: challengeIn(unknown), code: '000000' })).status).toBe(
      401,
    );
  });

  it('refuses a wrong code, locks the challenge after five, and an expired code', async () => {
    const started = await form(
      '/en/me/code',
      { foreignerIdNumber: applicant.number, dateOfBirth: applicant.dob },
      { 'x-forwarded-for': '10.0.0.3' },
    );
    const challenge = challengeIn(await started.text());
    const good = await lastCode();
    const wrong = good === '123456' ? '654321' : '123456';
    for (let i = 0; i < 4; i++)
      expect((await form('/en/me/sign-in', { challenge, code: wrong })).status).toBe(401);
    expect((await form('/en/me/sign-in', { challenge, code: wrong })).status).toBe(429);
    expect((await form('/en/me/sign-in', { challenge, code: good })).status).toBe(429);

    const again = challengeIn(
      await (
        await form(
          '/en/me/code',
          { foreignerIdNumber: applicant.number, dateOfBirth: applicant.dob },
          { 'x-forwarded-for': '10.0.0.3' },
        )
      ).text(),
    );
    await t.db.kysely
      .updateTable('applicant_challenge')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect((await form('/en/me/sign-in', { challenge: again, code: await lastCode() })).status).toBe(401);
  });

  it('limits requests per ID number', async () => {
    const id = '99100000019';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await form(
            '/tr/me/code',
            { foreignerIdNumber: id, dateOfBirth: '1980-01-01' },
            { 'x-forwarded-for': `10.1.0.${i}` },
          )
        ).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('takes hostile input without echoing it', async () => {
    const res = await form(
      '/en/me/code',
      { foreignerIdNumber: '<script>', dateOfBirth: '\u0000' },
      { 'x-forwarded-for': '10.0.0.9' },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).not.toContain('<script>');
  });
});

describe('after signing in', () => {
  it('records a change of address for a caseworker to review, and signs out', async () => {
    // Another applicant: the first one has used up the requests this window allows.
    const id = await personAged(registrar, 40, TODAY, { email: 'someone@example.org' });
    const person = (await registrar.get(`/api/v1/persons/${id}`)).body;
    const session = await signIn('en', { id, number: person.foreignerIdNumber, dob: person.dateOfBirth });
    const cookie = { cookie: `koruma_applicant=${session}` };
    const sent = await form(
      '/en/me/contact-change',
      { provinceCode: '06', district: 'Çankaya', address: 'Example street 1', phone: '' },
      cookie,
    );
    expect(sent.headers.get('location')).toBe('/en/me?saved=1');
    const reports = await t.db.kysely
      .selectFrom('contact_change_report')
      .selectAll()
      .where('person_id', '=', id)
      .execute();
    expect(reports).toEqual([
      expect.objectContaining({
        province_code: '06',
        district: 'Çankaya',
        status: 'pending',
        reported_on: TODAY,
      }),
    ]);
    expect((await form('/en/me/contact-change', { provinceCode: '99' }, cookie)).status).toBe(422);
    // A caseworker of the province reviews it: accepting updates the record.
    const pending = (await registrar.get('/api/v1/contact-changes')).body;
    const report = pending.find((p: any) => p.personId === id);
    expect(report.reported).toMatchObject({ provinceCode: '06', district: 'Çankaya' });
    expect(
      (await registrar.post(`/api/v1/contact-changes/${report.id}/decision`, { decision: 'accepted' }))
        .status,
    ).toBe(200);
    expect((await registrar.get(`/api/v1/persons/${id}`)).body).toMatchObject({
      provinceCode: '06',
      district: 'Çankaya',
    });
    await form('/en/me/sign-out', {}, cookie);
    const after = await (await fetch(`${t.baseUrl}/en/me`, { headers: cookie })).text();
    expect(after).toContain('name="foreignerIdNumber"');
  });
});
