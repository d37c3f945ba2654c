// An outside sweep, run by hand: starts Koruma on loopback, sends a few thousand malformed
// requests (test/support/malformed.ts) to every operation of its OpenAPI document, anonymously
// and as several roles, plus the raw requests Node itself refuses, and prints how many answers
// were 5xx and how many errors were not problem+json with a code and a request id.
//
//   node --import tsx bench/sweep.ts                          # embedded PGlite (temp dir)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/sweep.ts
//   … --per-operation 8 --seed 7 --max-seconds 600
//
// On a server the sweep creates a fresh database (koruma_sweep_<pid>) next to the one named
// and drops it afterwards. The exit code is 1 when any bad answer was seen.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { SYSTEM_META } from '../src/core/use-case.ts';
import { openDatabase, type Db } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { ROLE_SCOPE, type Role } from '../src/domain/access.ts';
import { createUser, ensureFirstAdministrator } from '../src/modules/access/users.service.ts';
import {
  answerProblem,
  operationsOf,
  RAW_REQUESTS,
  rawExchange,
  reproduction,
  sampleRequests,
  send,
} from '../test/support/malformed.ts';

const { values } = parseArgs({
  // `node … bench/sweep.ts -- --seed 7` passes the `--` through; it separates nothing here.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    'per-operation': { type: 'string', default: '3' },
    seed: { type: 'string', default: '20261204' },
    'max-seconds': { type: 'string', default: '900' },
  },
});
const PER_OPERATION = Number(values['per-operation']);
const SEED = Number(values.seed);
const DEADLINE = Date.now() + Number(values['max-seconds']) * 1000;
const PASSWORD = 'sweep-password-long-1';
const HOST = '127.0.0.1';
const ROLES: Role[] = [
  'administrator',
  'registration_officer',
  'protection_caseworker',
  'decision_maker',
  'centre_staff',
  'unhcr_officer',
];

async function openSweepDatabase(): Promise<{ db: Db; dispose: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `koruma_sweep_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: target.toString() });
    return {
      db,
      dispose: async () => {
        await db.close();
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'koruma-sweep-'));
  const db = await openDatabase({ dataDir: dir });
  return {
    db,
    dispose: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const { db, dispose } = await openSweepDatabase();
await migrate(db);
await ensureFirstAdministrator(db, PASSWORD);
const { app } = await buildApp({ db, logLevel: 'silent', signIn: { requiredRoles: [] } });
await app.listen({ port: 0, host: HOST });
const port = (app.server.address() as AddressInfo).port;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const target = { host: HOST, port, agent };

async function json(method: string, url: string, token: string | null, body?: unknown) {
  const answer = await send(
    target,
    {
      method,
      url,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: Buffer.from(JSON.stringify(body)) }),
    },
    token,
  );
  return { status: answer.status, body: JSON.parse(answer.text || 'null') as Record<string, any> };
}

async function signIn(username: string): Promise<string> {
  const res = await json('POST', '/api/v1/auth/login', null, { username, password: PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status}`);
  return String(res.body.token);
}

const adminToken = await signIn('admin');
// A few real records, so that some requests pass the lookups and reach the writes.
const centre = await json('POST', '/api/v1/centres', adminToken, {
  code: 'SWEEP-1',
  name: 'Sweep centre',
  kind: 'reception',
  provinceCode: '34',
  operator: 'authority',
  units: [{ name: 'Hall', unitType: 'wing', sexRestriction: 'female', capacity: 20 }],
});
const person = await json('POST', '/api/v1/persons', adminToken, {
  givenName: 'Sweep',
  familyName: 'Tester',
  sex: 'female',
  dateOfBirth: '1990-01-01',
  dateOfBirthPrecision: 'day',
  nationality: 'IRN',
  provinceCode: '34',
  entryType: 'regular',
});
const ids = [centre.body.id, ...(centre.body.units ?? []).map((u: any) => u.id), person.body.id].filter(
  (id): id is string => typeof id === 'string',
);

const callers: { who: string; token: string | null }[] = [{ who: 'anonymous', token: null }];
for (const role of ROLES) {
  if (role === 'administrator') {
    callers.push({ who: role, token: adminToken });
    continue;
  }
  const username = `sweep-${role.replace(/_/g, '-')}`;
  const scope =
    ROLE_SCOPE[role] === 'centre'
      ? { centreId: String(centre.body.id) }
      : ROLE_SCOPE[role] === 'organisation'
        ? { organisation: 'SWEEP-ORG' }
        : ROLE_SCOPE[role] === 'province'
          ? { provinceCode: '34' }
          : {};
  await createUser(db, null, SYSTEM_META, {
    username,
    displayName: username,
    role,
    password: PASSWORD,
    ...scope,
  });
  callers.push({ who: role, token: await signIn(username) });
}

const doc = await json('GET', '/api/v1/openapi.json', null);
const operations = operationsOf(doc.body as Parameters<typeof operationsOf>[0]);
const statuses = new Map<number, number>();
const bad: string[] = [];
let sent = 0;
let fiveHundreds = 0;
let notProblem = 0;
const started = performance.now();

function tally(status: number, problem: string | null, line: string) {
  sent += 1;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  if (!problem) return;
  if (status >= 500) fiveHundreds += 1;
  else notProblem += 1;
  bad.push(`${line} → ${problem}`);
}

sweep: for (const [c, caller] of callers.entries()) {
  for (const [index, op] of operations.entries()) {
    if (Date.now() > DEADLINE) break sweep;
    if (caller.token && op.path === '/api/v1/auth/logout') continue;
    const seed = SEED + c * 100_000 + index;
    for (const req of sampleRequests(op, ids, seed, PER_OPERATION)) {
      const answer = await send(target, req, caller.token);
      tally(answer.status, answerProblem(answer), `[seed ${seed}] ${reproduction(req, caller.who)}`);
    }
  }
}
for (const raw of RAW_REQUESTS) {
  const answer = await rawExchange(HOST, port, raw.bytes);
  if (answer.status === 0) continue; // the server closed without an answer: nothing to judge
  tally(answer.status, answerProblem(answer), `raw: ${raw.label}`);
}
const seconds = (performance.now() - started) / 1000;

console.log(
  `engine: ${db.engine}; operations: ${operations.length}; callers: ${callers.map((c) => c.who).join(', ')}`,
);
console.log(
  `requests: ${sent} in ${seconds.toFixed(1)} s (${PER_OPERATION} per operation and caller, seed ${SEED})`,
);
console.log(
  `statuses: ${[...statuses.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}×${n}`)
    .join(' ')}`,
);
console.log(`5xx: ${fiveHundreds}; errors not problem+json with code and requestId: ${notProblem}`);
for (const line of bad.slice(0, 20)) console.log(`  ${line.slice(0, 400)}`);
if (bad.length > 20) console.log(`  … and ${bad.length - 20} more`);

agent.destroy();
await app.close();
await dispose();
process.exitCode = bad.length ? 1 : 0;
