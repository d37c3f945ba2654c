// The TOTP second factor with the requirement ON (administrators and decision-makers), as
// production has it; the other API tests turn it off (test/support/app.ts).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECOND_FACTOR_ROLES } from '../../src/domain/access.ts';
import { parseSecretKey } from '../../src/modules/access/secret-box.ts';
import { STAFF_PASSWORD, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { codeFor, enrolledUser, postFrom, type Enrolled } from '../support/sign-in.ts';

let t: TestApp;
let admin: Enrolled;
beforeAll(async () => {
  t = await startTestApp({
    signIn: {
      requiredRoles: SECOND_FACTOR_ROLES,
      secretKey: parseSecretKey(randomBytes(32).toString('hex')),
    },
  });
  admin = await enrolledUser(t, 'administrator', 'admin');
});
afterAll(() => t.close());

const login = (username: string, password = STAFF_PASSWORD, from = '127.0.0.1') =>
  postFrom(t, from, '/api/v1/auth/login', { username, password });
const secondStep = (body: Record<string, string>, from = '127.0.0.1') =>
  postFrom(t, from, '/api/v1/auth/login/second-factor', body);

async function auditOf(action: string, username: string) {
  const events = (await admin.client.get('/api/v1/audit?limit=100')).body.events as any[];
  return events.filter(
    (e) => e.action === action && (e.details?.username === username || e.actorUsername === username),
  );
}

describe('a role that must have a second factor', () => {
  it('gets no session from the password alone, and is sent to enrolment', async () => {
    const name = `dm-first-${process.pid}`;
    const { createUser } = await import('../../src/modules/access/users.service.ts');
    const { SYSTEM_META } = await import('../../src/core/use-case.ts');
    await createUser(t.db, null, SYSTEM_META, {
      username: name,
      displayName: name,
      role: 'decision_maker',
      provinceCode: '34',
      password: STAFF_PASSWORD,
    });
    const first = await login(name);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ step: 'enrol' });
    expect(first.body.token).toBeUndefined();
    expect(first.headers.get('set-cookie')).toBeNull();
    // The challenge is not a session.
    expect((await t.client(first.body.challenge).get('/api/v1/auth/me')).status).toBe(401);

    const started = await t.anonymous.post('/api/v1/auth/login/enrolment', {
      challenge: first.body.challenge,
    });
    expect(started.status).toBe(200);
    expect(started.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.body.uri).toBe(
      `otpauth://totp/Koruma%3A${name}?secret=${started.body.secret}&issuer=Koruma&algorithm=SHA1&digits=6&period=30`,
    );
    expect(started.body.qrSvg).toMatch(/^<svg/);

    const wrong = await t.anonymous.post('/api/v1/auth/login/enrolment/confirm', {
      challenge: first.body.challenge,
      code: codeFor(started.body.secret, 5),
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'wrong_code' })]);

    const done = await t.anonymous.post('/api/v1/auth/login/enrolment/confirm', {
      challenge: first.body.challenge,
      code: codeFor(started.body.secret),
    });
    expect(done.status).toBe(200);
    expect(done.body.step).toBe('done');
    expect(done.body.recoveryCodes).toHaveLength(10);
    expect(new Set(done.body.recoveryCodes).size).toBe(10);
    for (const code of done.body.recoveryCodes) expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    const me = await t.client(done.body.token).get('/api/v1/auth/me');
    expect(me.body).toMatchObject({ username: name, secondFactor: true });

    // The secret is never returned again, and the database holds it only sealed.
    const listed = await admin.client.get('/api/v1/users');
    expect(JSON.stringify(listed.body)).not.toContain(started.body.secret);
    const row = await t.db.kysely
      .selectFrom('app_user')
      .select(['totp_secret'])
      .where('username', '=', name)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).toMatch(/^v1:/);
    expect(row.totp_secret).not.toContain(started.body.secret);
    const codes = await t.db.kysely.selectFrom('recovery_code').select('code_hash').execute();
    expect(codes.map((c) => c.code_hash).join()).not.toContain(done.body.recoveryCodes[0].replace('-', ''));
    // The used challenge cannot enrol again.
    const reused = await t.anonymous.post('/api/v1/auth/login/enrolment', {
      challenge: first.body.challenge,
    });
    expect(reused.status).toBe(401);
    expect(await auditOf('auth.second_factor_enrol', name)).toEqual([
      expect.objectContaining({ outcome: 'success' }),
      expect.objectContaining({ outcome: 'denied' }),
    ]);
  });

  it('signs in with a code from the authenticator, and the same code does not work twice', async () => {
    const user = await enrolledUser(t, 'decision_maker');
    const first = await login(user.username);
    expect(first.body).toMatchObject({ step: 'code' });
    expect(first.body.token).toBeUndefined();
    const code = codeFor(user.secret, 1);
    const done = await secondStep({ challenge: first.body.challenge, code });
    expect(done.status).toBe(200);
    expect(done.body.user.username).toBe(user.username);
    expect(done.headers.get('set-cookie')).toMatch(/koruma_session=.*HttpOnly/i);
    expect((await t.client(done.body.token).get('/api/v1/auth/me')).status).toBe(200);

    const again = await login(user.username);
    const replay = await secondStep({ challenge: again.body.challenge, code });
    expect(replay.status).toBe(422);
    expect(replay.body.errors[0]).toMatchObject({ field: 'code', code: 'code_used' });
    // A used challenge is gone.
    expect(
      (await secondStep({ challenge: first.body.challenge, code: codeFor(user.secret, 1) })).status,
    ).toBe(401);
    const denied = await auditOf('auth.second_factor', user.username);
    expect(denied[0]).toMatchObject({
      outcome: 'denied',
      details: expect.objectContaining({ reason: 'code_used' }),
    });
  });

  it('accepts each recovery code once', async () => {
    const user = await enrolledUser(t, 'decision_maker');
    const first = await login(user.username);
    const recovery = user.recoveryCodes[3]!.toLowerCase().replace('-', ' ');
    const done = await secondStep({ challenge: first.body.challenge, recoveryCode: recovery });
    expect(done.status).toBe(200);
    const again = await login(user.username);
    const reused = await secondStep({
      challenge: again.body.challenge,
      recoveryCode: user.recoveryCodes[3]!,
    });
    expect(reused.status).toBe(422);
    const used = await auditOf('auth.recovery_code_used', user.username);
    expect(used[0]).toMatchObject({ outcome: 'success', details: { unusedLeft: 9 } });
  });

  it('rate-limits wrong codes like wrong passwords, and a right password does not reset the count', async () => {
    const user = await enrolledUser(t, 'decision_maker');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const first = await login(user.username, STAFF_PASSWORD, '127.0.0.6');
      expect(first.body.step).toBe('code');
      const wrong = String((Number(codeFor(user.secret)) + 500_000) % 1_000_000).padStart(6, '0');
      statuses.push((await secondStep({ challenge: first.body.challenge, code: wrong }, '127.0.0.6')).status);
    }
    expect(statuses).toEqual([422, 422, 422, 429, 429]);
    const last = await login(user.username, STAFF_PASSWORD, '127.0.0.6');
    const right = await secondStep(
      { challenge: last.body.challenge, code: codeFor(user.secret, 1) },
      '127.0.0.6',
    );
    expect(right.status).toBe(429);
    const reasons = (await auditOf('auth.second_factor', user.username)).map((e) => e.details.reason);
    expect(reasons.filter((r) => r === 'wrong_code')).toHaveLength(3);
    expect(reasons.filter((r) => r === 'rate_limited').length).toBeGreaterThanOrEqual(3);
  });

  it('can have its second factor reset by an administrator only, audited; the user enrols again', async () => {
    const user = await enrolledUser(t, 'decision_maker');
    const me = (await user.client.get('/api/v1/auth/me')).body;
    const other = await t.as('registration_officer');
    expect((await other.post(`/api/v1/users/${me.id}/second-factor/reset`)).status).toBe(403);
    const reset = await admin.client.post(`/api/v1/users/${me.id}/second-factor/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.secondFactor).toBe(false);
    expect((await user.client.get('/api/v1/auth/me')).status).toBe(401);
    expect((await login(user.username)).body.step).toBe('enrol');
    const [event] = await auditOf('user.reset_second_factor', user.username);
    expect(event).toMatchObject({ actorUsername: 'admin', outcome: 'success', entityId: me.id });
  });
});

describe('roles the configuration leaves optional', () => {
  it('sign in with the password alone', async () => {
    const client: Client = await t.as('registration_officer');
    expect((await client.get('/api/v1/auth/me')).body.secondFactor).toBe(false);
  });
});
