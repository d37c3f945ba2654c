// Signing in as the second-factor rules want it: staff who must have a second factor are
// enrolled here with the real API (the secret is kept for the test, as an authenticator app
// would keep it), and requests can come from other loopback addresses (127.0.0.2, …) so that
// throttling by (account, address) pair is tested with real client addresses.
import { request as httpRequest } from 'node:http';
import { ROLE_SCOPE, type Role } from '../../src/domain/access.ts';
import { SYSTEM_META } from '../../src/core/use-case.ts';
import { createUser } from '../../src/modules/access/users.service.ts';
import { totpAt, TOTP_STEP_SECONDS } from '../../src/modules/access/totp.ts';
import { STAFF_PASSWORD, type Client, type Response, type TestApp } from './app.ts';

/** A JSON POST from a given loopback address. */
export function postFrom(
  t: TestApp,
  localAddress: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const url = new URL(t.baseUrl + path);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers))
            if (value !== undefined)
              responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          resolve({
            status: res.statusCode ?? 0,
            headers: responseHeaders,
            body: text ? JSON.parse(text) : null,
          });
        });
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** The code an authenticator shows now, or `steps` steps later (still inside the ±1 window). */
export function codeFor(secret: string, steps = 0): string {
  return totpAt(secret, Date.now() + steps * TOTP_STEP_SECONDS * 1000);
}

export interface Enrolled {
  username: string;
  secret: string;
  recoveryCodes: string[];
  client: Client;
}

let counter = 0;

/** A user of `role` (which must require a second factor in `t`), enrolled through the API. */
export async function enrolledUser(t: TestApp, role: Role, username?: string): Promise<Enrolled> {
  counter += 1;
  const name = username ?? `${role.replace(/_/g, '-')}-2fa-${counter}-${process.pid}`;
  const scope = ROLE_SCOPE[role] === 'province' ? { provinceCode: '34' } : {};
  if (name !== 'admin')
    await createUser(t.db, null, SYSTEM_META, {
      username: name,
      displayName: name,
      role,
      password: STAFF_PASSWORD,
      ...scope,
    });
  const password = name === 'admin' ? 'test-admin-password-1' : STAFF_PASSWORD;
  const login = await t.anonymous.post('/api/v1/auth/login', { username: name, password });
  if (login.body?.step !== 'enrol')
    throw new Error(`expected enrolment for ${name}: ${JSON.stringify(login.body)}`);
  const challenge = login.body.challenge as string;
  const started = await t.anonymous.post('/api/v1/auth/login/enrolment', { challenge });
  const secret = started.body.secret as string;
  const confirmed = await t.anonymous.post('/api/v1/auth/login/enrolment/confirm', {
    challenge,
    code: codeFor(secret),
  });
  if (confirmed.status !== 200) throw new Error(`enrolment failed: ${JSON.stringify(confirmed.body)}`);
  return {
    username: name,
    secret,
    recoveryCodes: confirmed.body.recoveryCodes,
    client: t.client(confirmed.body.token),
  };
}
