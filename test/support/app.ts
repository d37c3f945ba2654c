// A running Koruma for one test file: real database, real HTTP on a loopback port.
import type { AddressInfo } from 'node:net';
import type { Db } from '../../src/db/database.ts';
import { ROLE_SCOPE, type Role } from '../../src/domain/access.ts';
import { buildApp, type AppOptions, type KorumaApp } from '../../src/app.ts';
import { SYSTEM_META } from '../../src/core/use-case.ts';
import { createUser, ensureFirstAdministrator } from '../../src/modules/access/users.service.ts';
import { openTestDatabase } from './database.ts';
import { recordResponsesOf } from './response-recorder.ts';

export const ADMIN_PASSWORD = 'test-admin-password-1';
export const STAFF_PASSWORD = 'test-staff-password-1';

export interface Response<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Client {
  readonly token: string | null;
  get<T = any>(path: string, headers?: Record<string, string>): Promise<Response<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response<T>>;
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response<T>>;
  delete<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response<T>>;
  raw(path: string, init: RequestInit): Promise<Response>;
}

export interface TestApp {
  db: Db;
  korumo: KorumaApp;
  baseUrl: string;
  anonymous: Client;
  admin: Client;
  as(
    role: Role,
    scope?: { provinceCode?: string; centreId?: string; organisation?: string },
  ): Promise<Client>;
  login(username: string, password: string): Promise<string>;
  client(token: string | null): Client;
  close(): Promise<void>;
}

let userCounter = 0;

/** @param options.today a fixed legal "today" for tests of deadlines and worklists */
/**
 * The API tests sign in by password alone: the second-factor requirement is off here
 * (test/api/second-factor.test.ts and test/support/sign-in.ts turn it on).
 */
export async function startTestApp(
  options: { today?: string; signIn?: AppOptions['signIn'] } = {},
): Promise<TestApp> {
  const { db, dispose } = await openTestDatabase();
  await ensureFirstAdministrator(db, ADMIN_PASSWORD);
  const fixedToday = options.today;
  const korumo = await buildApp({
    db,
    logLevel: 'silent',
    signIn: options.signIn ?? { requiredRoles: [] },
    ...(fixedToday ? { today: () => fixedToday } : {}),
  });
  await korumo.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = korumo.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Every answer this app gives the test is checked against its own OpenAPI document.
  recordResponsesOf(baseUrl, korumo.app.swagger());

  const client = (token: string | null): Client => {
    const send = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const response = await fetch(baseUrl + path, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: response.status, headers: response.headers, body: parsed as any };
    };
    return {
      token,
      get: (path, headers) => send('GET', path, undefined, headers),
      post: (path, body, headers) => send('POST', path, body ?? {}, headers),
      patch: (path, body, headers) => send('PATCH', path, body ?? {}, headers),
      delete: (path, body, headers) => send('DELETE', path, body, headers),
      raw: async (path, init) => {
        const response = await fetch(baseUrl + path, init);
        const text = await response.text();
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* keep text */
        }
        return { status: response.status, headers: response.headers, body: parsed };
      },
    };
  };

  const login = async (username: string, password: string) => {
    const res = await client(null).post('/api/v1/auth/login', { username, password });
    if (res.status !== 200)
      throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };

  const adminToken = await login('admin', ADMIN_PASSWORD);
  return {
    db,
    korumo,
    baseUrl,
    anonymous: client(null),
    admin: client(adminToken),
    client,
    login,
    async as(role, scope = {}) {
      userCounter += 1;
      const username = `${role.replace(/_/g, '-')}-${userCounter}-${process.pid}`;
      const defaults =
        ROLE_SCOPE[role] === 'centre'
          ? { centreId: scope.centreId ?? (await defaultCentre(db)) }
          : ROLE_SCOPE[role] === 'organisation'
            ? { organisation: 'TEST-ORG' }
            : ROLE_SCOPE[role] === 'province'
              ? { provinceCode: '34' }
              : {};
      await createUser(db, null, SYSTEM_META, {
        username,
        displayName: username,
        role,
        password: STAFF_PASSWORD,
        ...defaults,
        ...scope,
      });
      return client(await login(username, STAFF_PASSWORD));
    },
    async close() {
      await korumo.app.close();
      await dispose();
    },
  };
}

/** A centre for accounts scoped to one when the test does not care which. */
async function defaultCentre(db: Db): Promise<string> {
  const existing = await db.kysely
    .selectFrom('centre')
    .select('id')
    .where('code', '=', 'TEST-DEFAULT')
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await db.kysely
    .insertInto('centre')
    .values({
      code: 'TEST-DEFAULT',
      name: 'Test centre',
      kind: 'reception',
      province_code: '34',
      operator: 'authority',
      operator_name: null,
      protocol_reference: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
