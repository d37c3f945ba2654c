// Nothing lost: every registration the API confirmed is still there after the server process
// is killed without warning (SIGKILL: no shutdown hooks run) and the database is reopened.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { uniquePerson } from '../support/factories.ts';

const dir = mkdtempSync(join(tmpdir(), 'koruma-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function startServer(port: number) {
  const child = spawn('node', ['bin/koruma.js', 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      KORUMA_DATA_DIR: dir,
      PORT: String(port),
      KORUMA_ADMIN_PASSWORD: 'crash-admin-password',
      KORUMA_LOG_LEVEL: 'silent',
      // The administrator signs in with the password alone here: the second factor has its own tests.
      KORUMA_TOTP_REQUIRED_ROLES: 'none',
    },
    stdio: 'ignore',
  });
  // Up to a minute: a fresh database is migrated and the portal's pages loaded first, and the
  // other test files run beside this one.
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function signIn(base: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'crash-admin-password' }),
  });
  return ((await login.json()) as { token: string }).token;
}

describe.skipIf(!!process.env.DATABASE_URL)('embedded database after a crash', () => {
  it('keeps every confirmed registration', async () => {
    const port = 20_000 + (process.pid % 20_000);
    const child = await startServer(port);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    const token = await signIn(base);
    const confirmed: string[] = [];
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) {
      inFlight.push(
        fetch(`${base}/api/v1/persons`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(uniquePerson()),
        })
          .then(async (res) => {
            if (res.status === 201) confirmed.push(((await res.json()) as { id: string }).id);
          })
          .catch(() => undefined),
      );
      if (i === 24) {
        // Kill while the last requests are still in flight.
        await Promise.all(inFlight.slice(0, 20));
        child.kill('SIGKILL');
      }
    }
    await Promise.all(inFlight);
    await exited;
    expect(confirmed.length).toBeGreaterThanOrEqual(20);

    const db = await openDatabase({ dataDir: dir });
    try {
      const found = await db.kysely.selectFrom('person').select('id').where('id', 'in', confirmed).execute();
      expect(found.length).toBe(confirmed.length);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('keeps every confirmed admission, and no bed is counted without its placement', async () => {
    const port = 20_001 + (process.pid % 20_000);
    const child = await startServer(port);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    const token = await signIn(base);
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const centre = (await (
      await post('/api/v1/centres', {
        code: 'CRASH-1',
        name: 'Crash test centre',
        kind: 'reception',
        provinceCode: '34',
        operator: 'authority',
        units: [
          { name: 'Hall', unitType: 'wing', capacity: 100 },
          { name: 'Hall 2', unitType: 'wing', capacity: 100 },
        ],
      })
    ).json()) as { units: { id: string }[] };
    const people: string[] = [];
    for (let i = 0; i < 40; i++)
      people.push(
        (
          (await (
            await post('/api/v1/persons', uniquePerson({ dateOfBirth: `${1960 + i}-03-15` }))
          ).json()) as { id: string }
        ).id,
      );
    const confirmed: string[] = [];
    const inFlight = people.map((personId, i) =>
      post('/api/v1/admissions', {
        unitId: centre.units[i % 2]!.id,
        personIds: [personId],
        admittedOn: '2026-01-05',
      })
        .then((res) => {
          if (res.status === 201) confirmed.push(personId);
        })
        .catch(() => undefined),
    );
    await Promise.race([Promise.all(inFlight.slice(0, 15)), new Promise((r) => setTimeout(r, 5000))]);
    child.kill('SIGKILL');
    await Promise.all(inFlight);
    await exited;
    expect(confirmed.length).toBeGreaterThanOrEqual(1);

    const db = await openDatabase({ dataDir: dir });
    try {
      const placed = await db.kysely
        .selectFrom('placement')
        .select('person_id')
        .where('person_id', 'in', people)
        .execute();
      expect(placed.map((p) => p.person_id)).toEqual(expect.arrayContaining(confirmed));
      const units = await db.kysely
        .selectFrom('centre_unit as u')
        .select((eb) => [
          'u.occupied',
          eb
            .selectFrom('placement as p')
            .select((e) => e.fn.countAll<string>().as('n'))
            .whereRef('p.unit_id', '=', 'u.id')
            .where('p.ended_on', 'is', null)
            .as('open'),
        ])
        .where(
          'u.id',
          'in',
          centre.units.map((u) => u.id),
        )
        .execute();
      for (const u of units) expect(u.occupied).toBe(Number(u.open));
    } finally {
      await db.close();
    }
  }, 120_000);
});
