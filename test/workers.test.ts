// `koruma serve --workers 2` as an operator runs it, against a PostgreSQL server: a worker killed
// without warning (SIGKILL) loses no confirmed registration, the other keeps serving, a new one
// takes its place, and SIGTERM lets the workers finish before everything stops. On the embedded
// database several workers are refused in words.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniquePerson } from './support/factories.ts';
import { databaseNameIn } from './support/global-setup.ts';

const PASSWORD = 'workers-admin-password';
const url = process.env.DATABASE_URL;

it('refuses several workers on the embedded database, in words', async () => {
  const failed = await promisify(execFile)('node', ['bin/koruma.js', 'serve', '--workers', '2'], {
    env: { ...process.env, DATABASE_URL: '', KORUMA_DATA_DIR: 'memory://never-opened' },
    timeout: 60_000,
  }).catch((error: { code: number; stderr: string }) => error);
  expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/needs a PostgreSQL server/) });
}, 90_000);

/** The supervisor's output, line by line, with a way to wait for a line to appear. */
class Output {
  lines: string[] = [];
  private waiters: (() => void)[] = [];
  constructor(child: ChildProcess) {
    let rest = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop()!;
      this.lines.push(...parts);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }
  /** Resolves with the first line matching `pattern` from line `from` on; rejects after a minute. */
  async waitFor(pattern: RegExp, from = 0): Promise<string> {
    for (let round = 0; round < 600; round++) {
      const line = this.lines.slice(from).find((l) => pattern.test(l));
      if (line) return line;
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    throw new Error(`no line matching ${pattern} in:\n${this.lines.join('\n')}`);
  }
}

describe.skipIf(!url)('several worker processes on a PostgreSQL server', () => {
  const name = `koruma_workers_${randomBytes(4).toString('hex')}`;
  const port = 21_000 + (process.pid % 20_000);
  const base = `http://127.0.0.1:${port}`;
  let admin: pg.Client;
  let supervisor: ChildProcess;
  let output: Output;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    supervisor = spawn('node', ['bin/koruma.js', 'serve', '--workers', '2'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseNameIn(url!, name),
        PORT: String(port),
        KORUMA_ADMIN_PASSWORD: PASSWORD,
        KORUMA_LOG_LEVEL: 'silent',
        // The administrator signs in with the password alone here: the second factor has its own tests.
        KORUMA_TOTP_REQUIRED_ROLES: 'none',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    exited = new Promise((resolve) => supervisor.once('exit', resolve));
    output = new Output(supervisor);
    await output.waitFor(/Koruma is running at .* with 2 workers/);
  }, 90_000);

  afterAll(async () => {
    if (supervisor.exitCode === null) supervisor.kill('SIGKILL');
    await exited;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  const register = (token: string) =>
    fetch(`${base}/api/v1/persons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(uniquePerson()),
    });

  it('keeps serving when a worker is killed, loses nothing confirmed, and replaces the worker', async () => {
    const workers = output.lines.flatMap((l) => /^worker (\d+) is serving$/.exec(l)?.[1] ?? []).map(Number);
    expect(workers).toHaveLength(2);
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };

    // Registrations in flight on both workers while one of them is killed.
    const confirmed: string[] = [];
    let answered = 0;
    const marker = output.lines.length;
    const inFlight = Array.from(
      { length: 40 },
      () =>
        register(token)
          .then(async (res) => {
            answered += 1;
            if (answered === 10) process.kill(workers[0]!, 'SIGKILL');
            if (res.status === 201) confirmed.push(((await res.json()) as { id: string }).id);
          })
          .catch(() => undefined), // the killed worker's requests: never confirmed
    );
    await Promise.all(inFlight);
    await output.waitFor(new RegExp(`^worker ${workers[0]} killed by SIGKILL; starting another$`), marker);
    expect(confirmed.length).toBeGreaterThanOrEqual(10);

    // The other worker answers every request meanwhile, and a new one joins it.
    for (let i = 0; i < 10; i++) {
      const res = await register(token);
      expect(res.status).toBe(201);
      confirmed.push(((await res.json()) as { id: string }).id);
    }
    const replacement = await output.waitFor(/^worker (\d+) is serving$/, marker);
    expect(workers).not.toContain(Number(/\d+/.exec(replacement)![0]));
    for (let i = 0; i < 10; i++) {
      const res = await register(token);
      expect(res.status).toBe(201);
      confirmed.push(((await res.json()) as { id: string }).id);
    }

    const found = await query('select id from person where id = any($1::uuid[])', [confirmed]);
    expect(found.length).toBe(confirmed.length);
  }, 120_000);

  it('finishes the requests in flight on SIGTERM, then stops with code 0', async () => {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const marker = output.lines.length;
    let signalled = false;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const person = uniquePerson();
        const res = await fetch(`${base}/api/v1/persons`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(person),
        }).catch(() => null);
        const afterSignal = signalled;
        if (!signalled) {
          signalled = true;
          supervisor.kill('SIGTERM'); // the other requests are still being served
        }
        return { person, status: res?.status ?? 'cut off', afterSignal };
      }),
    );
    expect(await exited).toBe(0);
    await output.waitFor(/^stopping: 2 worker\(s\) finishing their requests$/, marker);
    // Requests taken before the signal were answered after it, not dropped.
    expect(outcomes.filter((o) => o.afterSignal && o.status === 201).length).toBeGreaterThanOrEqual(1);
    // Nothing was written without its answer: a request cut off left no person behind.
    for (const o of outcomes.filter((x) => x.status !== 201)) {
      const rows = await query('select id from person where given_name = $1 and family_name = $2', [
        o.person.givenName,
        o.person.familyName,
      ]);
      expect(rows).toEqual([]);
    }
  }, 120_000);

  async function query(text: string, params: unknown[]): Promise<unknown[]> {
    const db = new pg.Client({ connectionString: databaseNameIn(url!, name) });
    await db.connect();
    try {
      return (await db.query(text, params)).rows;
    } finally {
      await db.end();
    }
  }
});
