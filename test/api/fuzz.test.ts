// Every operation of the OpenAPI document, sent malformed requests from a seeded generator
// (test/support/malformed.ts), anonymously and as two signed-in users (the administrator, who
// passes every permission, and a province's registration officer). No answer may be a 5xx,
// and every error must be problem+json with its status, a `code` and a `requestId`.
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run test/api/fuzz.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from 'node:http';
import { startTestApp, type TestApp } from '../support/app.ts';
import { createCentre } from '../support/centres.ts';
import { registerPerson } from '../support/cases.ts';
import {
  answerProblem,
  operationsOf,
  RAW_REQUESTS,
  rawExchange,
  reproduction,
  sampleRequests,
  send,
  type Operation,
} from '../support/malformed.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
// Requests per operation and caller: 125 operations × 3 callers × 3 = 1,125 requests.
const PER_OPERATION = 3;
// A sweep is bounded by its count; the time allowed only keeps a loaded machine from failing it.
const SWEEP_MS = 120_000;

let t: TestApp;
let operations: Operation[];
let ids: string[];
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  t = await startTestApp();
  port = Number(new URL(t.baseUrl).port);
  const doc = await t.anonymous.get('/api/v1/openapi.json');
  operations = operationsOf(doc.body);
  // Real records, so that some generated requests pass the lookups and reach the writes.
  const centre = await createCentre(t.admin);
  const person = await registerPerson(t.admin);
  const me = (await t.admin.get('/api/v1/auth/me')).body.id as string;
  ids = [centre.id, ...Object.values(centre.units).slice(0, 2), person, me];
});

afterAll(async () => {
  agent.destroy();
  await t?.close();
});

async function sweep(who: string, token: string | null, seedOffset: number) {
  const failures: string[] = [];
  for (const [index, op] of operations.entries()) {
    // Signing out would end the session the rest of the sweep uses.
    if (token && op.path === '/api/v1/auth/logout') continue;
    const seed = SEED + seedOffset + index;
    for (const req of sampleRequests(op, ids, seed, PER_OPERATION)) {
      const answer = await send({ host: '127.0.0.1', port, agent }, req, token);
      const problem = answerProblem(answer);
      if (problem) failures.push(`[seed ${seed}] ${reproduction(req, who)} → ${problem}`);
    }
  }
  return failures;
}

describe('malformed requests on every operation', () => {
  it('reads the operations from the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it(
    'never answers 5xx or a bare error to an anonymous caller',
    async () => {
      expect(await sweep('anonymous', null, 0)).toEqual([]);
    },
    SWEEP_MS,
  );

  it(
    'never answers 5xx or a bare error to the administrator',
    async () => {
      expect(await sweep('administrator', t.admin.token, 100_000)).toEqual([]);
    },
    SWEEP_MS,
  );

  it(
    'never answers 5xx or a bare error to a registration officer',
    async () => {
      const officer = await t.as('registration_officer', { provinceCode: '34' });
      expect(await sweep('registration_officer', officer.token, 200_000)).toEqual([]);
    },
    SWEEP_MS,
  );

  it('answers what Node and the router refuse before any route as problem+json too', async () => {
    const failures: string[] = [];
    for (const raw of RAW_REQUESTS) {
      const answer = await rawExchange('127.0.0.1', port, raw.bytes);
      const problem = answer.status === 0 ? null : answerProblem(answer);
      if (problem) failures.push(`${raw.label} → ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  const deep = '['.repeat(5000) + ']'.repeat(5000);
  it.each([
    {
      label: 'a body nested 5,000 deep on sign-in',
      method: 'POST',
      url: '/api/v1/auth/login',
      body: deep,
      status: 400,
    },
    {
      label: 'a NUL in a path parameter',
      method: 'GET',
      url: '/api/v1/organisations/%00/agreements',
      status: 422,
    },
    { label: 'a NUL in a public path', method: 'GET', url: '/en/%00/%00', status: 422 },
    { label: 'a URL the router cannot decode', method: 'GET', url: '/api/v1/persons/%FF%FE', status: 400 },
    {
      label: 'a path parameter over the router limit',
      method: 'GET',
      url: `/api/v1/persons/${'a'.repeat(3000)}`,
      status: 414,
    },
    { label: 'a public path of 3,000 characters', method: 'GET', url: `/${'a'.repeat(3000)}`, status: 414 },
    // With the staff app built, the static-file plugin refuses a file name over 255 bytes.
    {
      label: 'a file name of 300 characters',
      method: 'GET',
      url: `/assets/${'a'.repeat(300)}.js`,
      status: 404,
    },
  ])('answers $label with $status as problem+json', async ({ method, url, body, status }) => {
    const answer = await send(
      { host: '127.0.0.1', port },
      {
        method,
        url,
        headers: body ? { 'content-type': 'application/json' } : {},
        ...(body ? { body: Buffer.from(body) } : {}),
      },
      t.admin.token,
    );
    expect(answerProblem(answer)).toBeNull();
    expect(answer.status).toBe(status);
  });
});
