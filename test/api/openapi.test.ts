// The OpenAPI document describes every operation's answers, successes and problems alike, and
// the check that holds every API test to it (test/support/response-recorder.ts) catches drift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { checkRecordedResponses } from '../support/response-recorder.ts';

interface Operation {
  parameters?: { in: string }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

let t: TestApp;
let operations: { method: string; path: string; op: Operation }[];

beforeAll(async () => {
  t = await startTestApp();
  const doc = await t.anonymous.get('/api/v1/openapi.json');
  expect(doc.status).toBe(200);
  operations = Object.entries(doc.body.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })),
  );
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('documents a success answer with its content for every operation', () => {
    expect(operations.length).toBeGreaterThan(100);
    const without = operations.filter(({ op }) => {
      const successes = Object.entries(op.responses).filter(([status]) => /^[23]/.test(status));
      return !successes.some(([status, r]) => status === '204' || r.content);
    });
    expect(without.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('documents the problems that follow from each operation, as problem+json with their codes', async () => {
    const missing: string[] = [];
    for (const { method, path, op } of operations) {
      const expected = ['500'];
      if (path.includes('{')) expected.push('404');
      if (op.requestBody) expected.push('400', '413', '415', '422');
      for (const status of expected) {
        const content = op.responses[status]?.content?.['application/problem+json'];
        if (!content) missing.push(`${method} ${path} ${status}`);
      }
    }
    expect(missing).toEqual([]);
    const me = operations.find((o) => o.method === 'get' && o.path === '/api/v1/auth/me')!;
    expect(Object.keys(me.op.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '500']));
    const problem = (await t.anonymous.get('/api/v1/openapi.json')).body.components.schemas.Problem;
    expect(problem.properties.code.enum).toEqual(Object.keys(ERROR_CODES));
  });
});

describe('the check of every answer against the document', () => {
  it('reports an undocumented status, a body that does not match, an unlisted content type and a code the status does not list', () => {
    const at = (path: string) => `${t.baseUrl}|${path}`;
    const problem = (status: number, code: string) =>
      JSON.stringify({ type: 'urn:x', title: 'x', status, code, requestId: 'r-12345678' });
    const answers = [
      {
        method: 'GET',
        path: at('/api/v1/auth/me'),
        status: 418,
        contentType: 'application/json',
        body: '{}',
      },
      {
        method: 'GET',
        path: at('/api/v1/auth/me'),
        status: 200,
        contentType: 'application/json',
        body: '{}',
      },
      { method: 'GET', path: at('/api/v1/auth/me'), status: 200, contentType: 'text/plain', body: 'hello' },
      {
        method: 'GET',
        path: at('/api/v1/removals/6f1f0b8e-6a53-4c1e-9d35-0b1a2f6c1a11'),
        status: 404,
        contentType: 'application/problem+json',
        body: problem(404, 'CONFLICT'),
      },
      // A well-formed refusal passes.
      {
        method: 'GET',
        path: at('/api/v1/removals/6f1f0b8e-6a53-4c1e-9d35-0b1a2f6c1a11'),
        status: 404,
        contentType: 'application/problem+json',
        body: problem(404, 'NOT_FOUND'),
      },
    ];
    const problems = checkRecordedResponses(answers);
    expect(problems).toEqual([
      'GET /api/v1/auth/me → 418: status not documented',
      expect.stringMatching(/^GET \/api\/v1\/auth\/me → 200: body does not match/),
      expect.stringMatching(/^GET \/api\/v1\/auth\/me → 200: content type text\/plain not documented/),
      expect.stringMatching(/^GET \/api\/v1\/removals\/\{id\} → 404: body does not match \(\/code/),
    ]);
  });

  it('matches a fixed path segment before a parameter', () => {
    const answer = {
      method: 'GET',
      path: `${t.baseUrl}|/api/v1/detentions/due`,
      status: 200,
      contentType: 'application/json',
      body: '[{"nonsense":true}]',
    };
    expect(checkRecordedResponses([answer])).toEqual([
      expect.stringMatching(/^GET \/api\/v1\/detentions\/due → 200: body does not match/),
    ]);
  });
});
