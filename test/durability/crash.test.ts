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
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
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

describe.skipIf(!!process.env.DATABASE_URL)('embedded database after a crash', () => {
  it('keeps every confirmed registration', async () => {
    const port = 20_000 + (process.pid % 20_000);
    const child = await startServer(port);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'crash-admin-password' }),
    });
    const { token } = (await login.json()) as { token: string };
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
});
