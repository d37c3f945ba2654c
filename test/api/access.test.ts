import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPermission, ROLES, type Permission, type Role } from '../../src/domain/access.ts';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { postFrom } from '../support/sign-in.ts';
import { uniquePerson } from '../support/factories.ts';
import { buildApp } from '../../src/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const SOME_UUID = '11111111-1111-4111-8111-111111111111';
const concretePath = (url: string) =>
  url.replace(/:id|:documentId|:personId/g, SOME_UUID).replace(/:code/g, 'SC-UC');

describe('deny by default: the whole route table', () => {
  it('every API route declares a permission', () => {
    const apiRoutes = t.korumo.routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    expect(apiRoutes.length).toBeGreaterThan(20);
    for (const route of apiRoutes) expect(route.permission, `${route.method} ${route.url}`).toBeTruthy();
    const publicRoutes = apiRoutes
      .filter((r) => r.permission === 'public')
      .map((r) => `${r.method} ${r.url}`);
    // Only sign-in and the API description are open; nothing that touches a person.
    for (const route of publicRoutes) expect(route).toMatch(/auth\/login|openapi\.json|\/api\/v1\/docs/);
  });

  it('refuses anonymous callers on every guarded route', async () => {
    for (const route of t.korumo.routes.filter((r) => r.permission !== 'public' && r.method !== 'HEAD')) {
      const res = await t.anonymous.raw(concretePath(route.url), { method: route.method });
      expect(res.status, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('gives each role exactly the routes its permissions allow', async () => {
    const clients = new Map<Role, Client>();
    for (const role of ROLES) clients.set(role, await t.as(role));
    // Logout last: it ends the session the other calls use.
    const routes = t.korumo.routes
      .filter((r) => r.permission !== 'public' && r.method !== 'HEAD')
      .sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
    for (const route of routes) {
      for (const role of ROLES) {
        const client = clients.get(role)!;
        const res = await client.raw(concretePath(route.url), {
          method: route.method,
          headers: {
            authorization: `Bearer ${client.token}`,
            ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }),
          },
          ...(route.method === 'GET' ? {} : { body: '{}' }),
        });
        const allowed = hasPermission(role, route.permission as Permission);
        // An allowed route may still refuse a record outside the sharing boundary (the same 403
        // for records that exist and those that do not); what it may not give is the guard's
        // refusal of the route itself.
        const guardRefusal =
          res.status === 403 && String(res.body?.detail).startsWith('Your role may not use this');
        if (allowed)
          expect(guardRefusal, `${role} ${route.method} ${route.url}: ${JSON.stringify(res.body)}`).toBe(
            false,
          );
        else expect(guardRefusal, `${role} ${route.method} ${route.url}: ${res.status}`).toBe(true);
      }
    }
  }, 120_000);
});

describe('sign-in and sessions', () => {
  it('signs in, sets an httpOnly SameSite cookie and returns a bearer token', async () => {
    const res = await t.anonymous.post('/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toContain('koruma_session=');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await t.client(res.body.token).get('/api/v1/auth/me');
    expect(me.body.username).toBe('admin');
  });

  it('marks the session cookie Secure when a trusted proxy says the request came over TLS', async () => {
    const proxied = await buildApp({
      db: t.db,
      logLevel: 'silent',
      trustProxy: true,
      signIn: { requiredRoles: [] },
    });
    try {
      const signInVia = (headers: Record<string, string>) =>
        proxied.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json', ...headers },
          payload: { username: 'admin', password: ADMIN_PASSWORD },
        });
      const overTls = await signInVia({ 'x-forwarded-proto': 'https' });
      expect(overTls.statusCode).toBe(200);
      expect(String(overTls.headers['set-cookie'])).toMatch(/;\s*Secure/i);
      const plain = await signInVia({ 'x-forwarded-proto': 'http' });
      expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/i);
    } finally {
      await proxied.app.close();
    }
    // Without KORUMA_TRUST_PROXY the header is not believed.
    const untrusted = await t.anonymous.post(
      '/api/v1/auth/login',
      { username: 'admin', password: ADMIN_PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const wrong = await t.anonymous.post('/api/v1/auth/login', { username: 'admin', password: 'nope' });
    const unknown = await t.anonymous.post('/api/v1/auth/login', {
      username: 'nobody-here',
      password: 'nope',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('throttles the (account, address) pair, not the account: the right user still signs in elsewhere', async () => {
    const target = await t.as('decision_maker');
    const me = (await target.get('/api/v1/auth/me')).body;
    const attempt = (from: string, password: string) =>
      postFrom(t, from, '/api/v1/auth/login', { username: me.username, password });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt('127.0.0.1', `wrong-${i}`)).status);
    // Three free failures, then the pair waits (5 s, doubling); waiting attempts are not tried.
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const waiting = await attempt('127.0.0.1', STAFF_PASSWORD);
    expect(waiting.status).toBe(429);
    expect(waiting.body.code).toBe('RATE_LIMITED');
    expect(waiting.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(waiting.headers.get('retry-after')).toBe(String(waiting.body.retryAfterSeconds));
    // The same account from another address is not held back by the attacker's failures.
    const elsewhere = await attempt('127.0.0.2', STAFF_PASSWORD);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.token).toBeTruthy();
    const refused = (await t.admin.get('/api/v1/audit?limit=30')).body.events.find(
      (e: any) => e.details?.reason === 'rate_limited' && e.details?.username === me.username,
    );
    expect(refused).toMatchObject({ action: 'auth.login', outcome: 'denied' });
    expect(refused.details.scope).toBe('pair');
  });

  it('counts guesses sent in parallel against each other', async () => {
    const target = await t.as('decision_maker');
    const me = (await target.get('/api/v1/auth/me')).body;
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.anonymous
          .post('/api/v1/auth/login', { username: me.username, password: `parallel-${i}` })
          .then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('shows an administrator the throttled pairs and lets them clear one, audited', async () => {
    const target = await t.as('registration_officer');
    const me = (await target.get('/api/v1/auth/me')).body;
    for (let i = 0; i < 4; i++)
      await postFrom(t, '127.0.0.3', '/api/v1/auth/login', { username: me.username, password: `x-${i}` });
    expect(
      (
        await postFrom(t, '127.0.0.3', '/api/v1/auth/login', {
          username: me.username,
          password: STAFF_PASSWORD,
        })
      ).status,
    ).toBe(429);
    const forbidden = await target.get('/api/v1/auth/throttles');
    expect(forbidden.status).toBe(403);
    const list = await t.admin.get('/api/v1/auth/throttles');
    expect(list.status).toBe(200);
    const pair = list.body.pairs.find((p: any) => p.username === me.username && p.ip === '127.0.0.3');
    expect(pair).toMatchObject({ kind: 'password', failures: 3 });
    expect(Date.parse(pair.retryAt)).toBeGreaterThan(Date.now());
    expect(list.body.limits.freeFailures).toBe(3);
    const nothing = await t.admin.post('/api/v1/auth/throttles/clear', {});
    expect(nothing.status).toBe(422);
    const cleared = await t.admin.post('/api/v1/auth/throttles/clear', {
      username: me.username,
      ip: '127.0.0.3',
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.cleared).toBe(3);
    const after = await t.admin.get('/api/v1/auth/throttles');
    expect(after.body.pairs.some((p: any) => p.username === me.username)).toBe(false);
    const again = await postFrom(t, '127.0.0.3', '/api/v1/auth/login', {
      username: me.username,
      password: STAFF_PASSWORD,
    });
    expect(again.status).toBe(200);
    const audit = (await t.admin.get('/api/v1/audit?limit=20')).body.events.find(
      (e: any) => e.action === 'auth.throttle_clear',
    );
    expect(audit).toMatchObject({ actorUsername: 'admin', outcome: 'success' });
    expect(audit.details).toMatchObject({ username: me.username, ip: '127.0.0.3', cleared: 3 });
  });

  it('keeps a limit per address, over all accounts (the proxy setting decides what an address is)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++)
      statuses.push(
        (await postFrom(t, '127.0.0.4', '/api/v1/auth/login', { username: `nobody-${i}`, password: 'wrong' }))
          .status,
      );
    expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(statuses[50]).toBe(429);
    const list = (await t.admin.get('/api/v1/auth/throttles')).body;
    expect(list.addresses).toContainEqual({ ip: '127.0.0.4', failures: 50 });
    // Other addresses are not affected; clearing the address lets it try again.
    expect(
      (await postFrom(t, '127.0.0.5', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD }))
        .status,
    ).toBe(200);
    expect((await t.admin.post('/api/v1/auth/throttles/clear', { ip: '127.0.0.4' })).body.cleared).toBe(50);
    expect(
      (await postFrom(t, '127.0.0.4', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD }))
        .status,
    ).toBe(200);
  }, 60_000);

  it('accepts the session cookie for reads but requires the CSRF header for writes', async () => {
    const login = await t.anonymous.post('/api/v1/auth/login', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const read = await t.anonymous.get('/api/v1/auth/me', { cookie });
    expect(read.status).toBe(200);
    const forged = await t.anonymous.patch('/api/v1/auth/me', { preferredLanguage: 'ar' }, { cookie });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('CSRF_REJECTED');
    const genuine = await t.anonymous.patch(
      '/api/v1/auth/me',
      { preferredLanguage: 'ar' },
      { cookie, 'x-koruma-csrf': '1' },
    );
    expect(genuine.status).toBe(200);
    expect(genuine.body.preferredLanguage).toBe('ar');
    const denied = (await t.admin.get('/api/v1/audit?limit=20')).body.events.find(
      (e: any) => e.outcome === 'denied' && e.details.reason === 'csrf_header_missing',
    );
    expect(denied).toMatchObject({ actorUsername: 'admin', entityId: '/api/v1/auth/me' });
  });

  it('ends the session at logout', async () => {
    const token = await t.login('admin', ADMIN_PASSWORD);
    const client = t.client(token);
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('ends every session of a deactivated user', async () => {
    const created = await t.admin.post('/api/v1/users', {
      username: 'leaving.officer',
      displayName: 'Leaving',
      role: 'registration_officer',
      provinceCode: '06',
      password: 'a-long-password-1',
    });
    expect(created.status).toBe(201);
    const client = t.client(await t.login('leaving.officer', 'a-long-password-1'));
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    expect((await t.admin.patch(`/api/v1/users/${created.body.id}`, { active: false })).status).toBe(200);
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('requires the scope a role needs', async () => {
    const res = await t.admin.post('/api/v1/users', {
      username: 'no.province',
      displayName: 'X',
      role: 'registration_officer',
      password: 'a-long-password-1',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('provinceCode');
  });
});

describe('province scope', () => {
  it('lets an officer read people of their province and refuses (and audits) others', async () => {
    const istanbul = await t.as('registration_officer', { provinceCode: '34' });
    const ankara = await t.as('registration_officer', { provinceCode: '06' });
    const person = (
      await istanbul.post('/api/v1/persons', {
        givenName: 'Nazanin',
        familyName: 'Kaveh',
        sex: 'female',
        dateOfBirth: '1995-02-02',
        nationality: 'IRN',
        provinceCode: '34',
        entryType: 'regular',
      })
    ).body;
    expect((await istanbul.get(`/api/v1/persons/${person.id}`)).status).toBe(200);
    // Out of scope answers what an unknown id answers (no existence leak), and is audited.
    const refused = await ankara.get(`/api/v1/persons/${person.id}`);
    const unknown = await ankara.get(`/api/v1/persons/00000000-0000-4000-8000-000000000000`);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('NOT_FOUND');
    const shape = ({ requestId: _r, instance: _i, ...rest }: Record<string, unknown>) => rest;
    expect(shape(refused.body)).toEqual(shape(unknown.body));
    const audit = await t.admin.get(`/api/v1/audit?personId=${person.id}`);
    const denied = audit.body.events.filter((e: any) => e.outcome === 'denied' && e.action === 'person.read');
    expect(denied).toHaveLength(1);
    // Search stays within the province; duplicate matching looks nationally.
    expect((await ankara.get('/api/v1/persons?q=Nazanin')).body.results).toEqual([]);
    const matches = await ankara.post('/api/v1/persons/matches', {
      givenName: 'Nazanin',
      familyName: 'Kaveh',
      sex: 'female',
      dateOfBirth: '1995-02-02',
      nationality: 'IRN',
    });
    expect(matches.body.candidates[0].personId).toBe(person.id);
  });
});

describe('households across provinces', () => {
  it('shows an officer only the household members in their scope, and audits those shown', async () => {
    const istanbul = await t.as('registration_officer', { provinceCode: '34' });
    const ankara = await t.as('registration_officer', { provinceCode: '06' });
    const inAnkara = (await ankara.post('/api/v1/persons', uniquePerson({ provinceCode: '06' }))).body;
    const household = await t.admin.post('/api/v1/households', {
      principal: { person: uniquePerson({ provinceCode: '34' }) },
      members: [
        { relationship: 'spouse', personId: inAnkara.id },
        { relationship: 'child', person: uniquePerson({ provinceCode: '34', dateOfBirth: '2015-01-01' }) },
      ],
    });
    expect(household.status).toBe(201);
    const principal = await istanbul.get(`/api/v1/persons/${household.body.principalPersonId}`);
    expect(principal.status).toBe(200);
    expect(principal.body.household.members.map((m: any) => m.personId)).not.toContain(inAnkara.id);
    expect(principal.body.household.members).toHaveLength(2);
    expect(principal.body.household.hiddenMembers).toBe(1);
    const direct = await istanbul.get(`/api/v1/households/${household.body.id}`);
    expect(direct.body.members.map((m: any) => m.personId)).not.toContain(inAnkara.id);
    expect(direct.body.hiddenMembers).toBe(1);
    const child = principal.body.household.members.find((m: any) => m.relationship === 'child');
    const childAudit = (await t.admin.get(`/api/v1/audit?personId=${child.personId}`)).body.events;
    expect(childAudit.some((e: any) => e.action === 'person.listed' && e.details.via === 'household')).toBe(
      true,
    );
    const hiddenAudit = (await t.admin.get(`/api/v1/audit?personId=${inAnkara.id}`)).body.events;
    expect(hiddenAudit.some((e: any) => e.action === 'person.listed' && e.actorUsername !== 'admin')).toBe(
      false,
    );
  });

  it('does not let a new household take the head of another household', async () => {
    const first = (
      await t.admin.post('/api/v1/households', { principal: { person: uniquePerson() }, members: [] })
    ).body;
    const res = await t.admin.post('/api/v1/households', {
      principal: { person: uniquePerson() },
      members: [{ relationship: 'spouse', personId: first.principalPersonId }],
    });
    expect(res.status).toBe(409);
    expect((await t.admin.get(`/api/v1/households/${first.id}`)).body.members).toHaveLength(1);
  });

  it('audits the duplicate candidates shown when a household registration is refused', async () => {
    const existing = (
      await t.admin.post(
        '/api/v1/persons',
        uniquePerson({ givenName: 'Golnar', familyName: 'Zarghamiqq', dateOfBirth: '1981-09-09' }),
      )
    ).body;
    const res = await t.admin.post('/api/v1/households', {
      principal: { person: uniquePerson() },
      members: [
        {
          relationship: 'sibling',
          person: uniquePerson({ givenName: 'Golnar', familyName: 'Zarghamiqq', dateOfBirth: '1981-09-09' }),
        },
      ],
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('POSSIBLE_DUPLICATE');
    const events = (await t.admin.get(`/api/v1/audit?personId=${existing.id}`)).body.events;
    expect(events.some((e: any) => e.action === 'person.listed' && e.details.via === 'duplicate_check')).toBe(
      true,
    );
  });
});
