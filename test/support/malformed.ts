// Malformed requests for every operation of the OpenAPI document, drawn from a seeded
// generator (fast-check), so that a failure reproduces from its seed. Each request is mostly
// plausible (the right field names, enum values, the ids of real records) with hostile parts:
// wrong types, deep nesting, huge values, control characters and NUL, broken Unicode, bad
// dates, unknown fields, non-UUID ids, broken percent-encoding, bad query strings, bodies that
// are not JSON. Used by test/api/fuzz.test.ts and bench/sweep.ts; imports nothing of vitest.
import { request as httpRequest, type Agent } from 'node:http';
import { connect } from 'node:net';
import fc from 'fast-check';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

export interface Operation {
  method: string;
  /** The OpenAPI path, with `{name}` for each path parameter. */
  path: string;
  query: { name: string; schema: Schema }[];
  body: Schema | null;
}

export interface MalformedRequest {
  method: string;
  /** Already percent-encoded as sent; never normalised (no URL object on the way). */
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: any[]; requestBody?: any }>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => {
      const op = item[m]!;
      return {
        method: m.toUpperCase(),
        path,
        query: (op.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: String(p.name), schema: (p.schema ?? {}) as Schema })),
        body: (op.requestBody?.content?.['application/json']?.schema as Schema | undefined) ?? null,
      };
    }),
  );
}

// Hostile values for any field. Strings are sent as JSON, so NUL and lone surrogates arrive
// escaped and are decoded by the server's parser, as an attacker's would be.
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007bell',
  '\ud800',
  'x\udfffy',
  '\u202eevil',
  '\ufeff',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '0',
  '-1',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '١٢٣٤',
  'İıŞşĞğ',
  'نام',
  '🧨'.repeat(50),
  'a'.repeat(10_000),
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '1800-01-01',
  '2026-1-1',
  '2026-01-01T25:61:00Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '12345678-1234-1234-1234-123456789abc',
];
const HOSTILE_OTHERS: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.000001,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  -1e308,
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
  [[[[[]]]]],
  Array.from({ length: 200 }, (_, i) => i),
];

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_OTHERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt().map((b) => b.toString()) },
);

const PLAUSIBLE_STRINGS = ['34', '06', 'IRN', 'AFG', 'SYR', 'female', 'male', 'en', 'tr', 'regular', 'x'];
const DATES = ['2026-11-20', '2026-01-01', '1990-05-05', '2030-01-01', '2026-02-29'];

/** A value of the schema's shape, with hostile values mixed in at every level. */
function valueFor(schema: Schema, ids: string[], depth: number): fc.Arbitrary<unknown> {
  const plausible = plausibleFor(schema, ids, depth);
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostile });
}

function plausibleFor(schema: Schema, ids: string[], depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (variants?.length && depth < 4)
    return fc.oneof(...variants.slice(0, 12).map((v) => plausibleFor(v, ids, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (depth > 4) return hostile;
  switch (type ?? '') {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      if (!props.length) return fc.constant({});
      return fc.record(Object.fromEntries(props.map(([k, s]) => [k, valueFor(s, ids, depth + 1)])), {
        requiredKeys: [],
      });
    }
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, ids, depth + 1), { maxLength: 3 });
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1000;
      return fc.integer({ min: Math.ceil(Math.max(min, -1e9)), max: Math.floor(Math.min(max, 1e9)) });
    }
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'uuid') return ids.length ? fc.constantFrom(...ids) : fc.uuid();
      if (schema.format === 'date') return fc.constantFrom(...DATES);
      if (schema.format === 'date-time') return fc.constant('2026-11-20T10:00:00.000Z');
      return fc.oneof(fc.constantFrom(...PLAUSIBLE_STRINGS), fc.string({ maxLength: 12 }));
    default:
      return hostile;
  }
}

const DEEP = (depth: number, open: string, close: string) => open.repeat(depth) + '1' + close.repeat(depth);

/** Bodies that are not what any route reads: kept out of the schema-guided generator. */
const BROKEN_BODIES: { contentType: string | null; body: Buffer }[] = [
  ...[40, 1000, 5000].flatMap((d) => [
    { contentType: 'application/json', body: Buffer.from(DEEP(d, '[', ']')) },
    { contentType: 'application/json', body: Buffer.from(DEEP(d, '{"a":', '}')) },
  ]),
  { contentType: 'application/json', body: Buffer.from(`[${'0,'.repeat(20_000)}0]`) },
  { contentType: 'application/json', body: Buffer.from(JSON.stringify({ a: 'x'.repeat(300_000) })) },
  { contentType: 'application/json', body: Buffer.alloc(1_100_000, 0x20) },
  { contentType: 'application/json', body: Buffer.from('{') },
  { contentType: 'application/json', body: Buffer.from('{"a":1,}') },
  { contentType: 'application/json', body: Buffer.from("{'a':1}") },
  { contentType: 'application/json', body: Buffer.from('') },
  { contentType: 'application/json', body: Buffer.from([0xff, 0xfe, 0x7b, 0x7d]) },
  { contentType: 'application/json', body: Buffer.from('{"a":"\\u0000"}') },
  { contentType: 'application/json', body: Buffer.from('{"__proto__":{"admin":true}}') },
  { contentType: 'application/json', body: Buffer.from('{"constructor":{"prototype":{"x":1}}}') },
  { contentType: 'application/json', body: Buffer.from('null') },
  { contentType: 'application/json', body: Buffer.from('"text"') },
  { contentType: 'application/json', body: Buffer.from('12') },
  { contentType: 'application/json; charset=utf-16', body: Buffer.from('{}', 'utf16le') },
  { contentType: 'text/plain', body: Buffer.from('hello') },
  { contentType: 'application/xml', body: Buffer.from('<a/>') },
  { contentType: 'multipart/form-data; boundary=x', body: Buffer.from('--x\r\n\r\n--x--') },
  { contentType: 'application/x-www-form-urlencoded', body: Buffer.from('a=%00&b=%FF') },
  { contentType: null, body: Buffer.from('{}') },
];

// Path segments, already encoded as they travel.
const HOSTILE_SEGMENTS = [
  'x',
  '0',
  '-1',
  'null',
  '%00',
  'a%00b',
  '%01',
  '%FF%FE',
  '%C0%AF',
  '%ED%A0%80',
  '%E2%80%AE',
  '%20',
  '%2F',
  '%25',
  "'%20OR%201=1",
  '..',
  'a'.repeat(101),
  'a'.repeat(3000),
  '00000000-0000-0000-0000-000000000000',
  '12345678-1234-1234-1234-123456789abc',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0000000-0000-0000-0000-000000000000',
];

const HOSTILE_QUERY_VALUES = [
  '',
  '%00',
  'a%00',
  '%FF',
  '%ED%A0%80',
  '%',
  '%zz',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '1.5',
  'true',
  'x'.repeat(3000),
  '2026-02-30',
  'not-a-uuid',
  '%5B%5D',
];

const HOSTILE_QUERIES = [
  '?__proto__=1',
  '?constructor[prototype][x]=1',
  '?a=1&a=2&a=3',
  '?unknown=1',
  '?%00=1',
  '?&&&=&=',
  '?limit=1&limit=2',
  `?${'a=1&'.repeat(500)}`,
];

// A lone surrogate has no UTF-8 form to percent-encode; %ED%A0%80 in the lists stands for it.
const encode = (text: string) => encodeURIComponent(text.toWellFormed());

function encodeValue(v: unknown): string {
  return encode(typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null'));
}

function queryFor(op: Operation, ids: string[]): fc.Arbitrary<string> {
  const declared = op.query.map((q) =>
    fc.option(
      fc
        .oneof(
          { weight: 2, arbitrary: plausibleFor(q.schema, ids, 0).map(encodeValue) },
          { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_QUERY_VALUES) },
          { weight: 1, arbitrary: hostile.map(encodeValue) },
        )
        .map((v) => `${encodeURIComponent(q.name)}=${v}`),
      { freq: 2 },
    ),
  );
  const fromDeclared = fc
    .tuple(...declared)
    .map((parts) => parts.filter((p): p is string => p !== null))
    .map((parts) => (parts.length ? `?${parts.join('&')}` : ''));
  return fc.oneof(
    { weight: 4, arbitrary: fromDeclared },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_QUERIES) },
  );
}

function pathFor(op: Operation, ids: string[]): fc.Arbitrary<string> {
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const segment = fc.oneof(
    { weight: 2, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map(encode) },
  );
  return fc
    .tuple(...names.map(() => segment))
    .map((values) => names.reduce((path, name, i) => path.replace(`{${name}}`, values[i]!), op.path));
}

function bodyFor(
  op: Operation,
  ids: string[],
): fc.Arbitrary<{ contentType: string | null; body: Buffer } | null> {
  if (op.method === 'GET') return fc.constant(null);
  const schema = op.body ?? { type: 'object' };
  const json = (v: unknown) => ({
    contentType: 'application/json',
    body: Buffer.from(JSON.stringify(v) ?? 'null'),
  });
  return fc.oneof(
    { weight: 6, arbitrary: valueFor(schema, ids, 0).map(json) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          plausibleFor(schema, ids, 0),
          fc.constantFrom('unknownField', 'id', 'version', 'role'),
          hostile,
        )
        .map(([v, key, extra]) => json(v && typeof v === 'object' ? { ...v, [key]: extra } : v)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_BODIES) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** One malformed request for an operation, drawn from the generator. */
export function malformedRequest(op: Operation, ids: string[]): fc.Arbitrary<MalformedRequest> {
  return fc.tuple(pathFor(op, ids), queryFor(op, ids), bodyFor(op, ids)).map(([path, query, body]) => {
    const headers: Record<string, string> = body?.contentType ? { 'content-type': body.contentType } : {};
    return { method: op.method, url: path + query, headers, ...(body ? { body: body.body } : {}) };
  });
}

/** `count` requests for an operation; the same seed always gives the same requests. */
export function sampleRequests(
  op: Operation,
  ids: string[],
  seed: number,
  count: number,
): MalformedRequest[] {
  return fc.sample(malformedRequest(op, ids), { seed, numRuns: count });
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** Sends a request exactly as built (node:http does not normalise the path as fetch does). */
export function send(
  base: { host: string; port: number; agent?: Agent },
  req: MalformedRequest,
  token: string | null,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: base.host,
        port: base.port,
        agent: base.agent,
        method: req.method,
        path: req.url,
        headers: {
          ...req.headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(req.body ? { 'content-length': String(req.body.length) } : {}),
        },
        timeout: 20_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

/**
 * What is wrong with an answer to a malformed request, or null: a 5xx, or an error that is not
 * problem+json with its status, a `code` and a `requestId`.
 */
export function answerProblem(answer: Answer): string | null {
  if (answer.status >= 500) return `status ${answer.status}: ${answer.text.slice(0, 200)}`;
  if (answer.status < 400) return null;
  if (!answer.contentType.startsWith('application/problem+json'))
    return `error ${answer.status} sent as ${answer.contentType || 'no content type'}`;
  let body: { status?: unknown; code?: unknown; requestId?: unknown };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return `error ${answer.status}: the body is not JSON`;
  }
  if (typeof body.code !== 'string' || typeof body.requestId !== 'string' || body.status !== answer.status)
    return `error ${answer.status} without its code, requestId or status: ${answer.text.slice(0, 200)}`;
  return null;
}

/** One line that reproduces the request (shown when a check fails). */
export function reproduction(req: MalformedRequest, who: string): string {
  const body = req.body ? ` body(${req.body.length} B)=${req.body.subarray(0, 160).toString('utf8')}` : '';
  return `${who} ${req.method} ${req.url.slice(0, 200)} ${JSON.stringify(req.headers)}${body}`;
}

/**
 * Bytes that Node's HTTP parser refuses before any route exists (headers over its limit, a
 * broken request line, two Content-Lengths): the raw answer's status line and headers.
 */
export const RAW_REQUESTS: { label: string; bytes: string }[] = [
  {
    label: 'headers over the limit',
    bytes: `GET /api/v1/persons HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  },
  { label: 'a broken request line', bytes: 'GET /api/v1/persons HTTP/9.9 extra\r\n\r\n' },
  { label: 'a NUL in the request line', bytes: 'GET /api/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n' },
  {
    label: 'two Content-Lengths',
    bytes: 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}',
  },
  {
    label: 'a Content-Length that is not a number',
    bytes: 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}',
  },
  {
    label: 'a body shorter than its Content-Length, then the end',
    bytes:
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\nConnection: close\r\n\r\n{}',
  },
];

export function rawExchange(host: string, port: number, bytes: string, waitMs = 2000): Promise<Answer> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const contentType = /\r\ncontent-type: *([^\r\n]*)/i.exec(head)?.[1] ?? '';
      resolve({ status, contentType, text: rest.join('\r\n\r\n') });
    };
    // A request the server waits on (a short body) ends when the socket closes or after waitMs.
    const timer = setTimeout(done, waitMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', done);
    socket.on('error', done);
    socket.write(bytes, 'latin1');
    socket.end();
  });
}
