// Starts the real Koruma server for browser tests: a child process on a free port with a fresh
// data directory, or a fresh PostgreSQL database when DATABASE_URL is set (created here and
// dropped afterwards). Only 127.0.0.1 is ever contacted.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ADMIN_PASSWORD = 'e2e-admin-password-1234';

export interface TestServer {
  url: string;
  adminPassword: string;
  /** The server's data directory (its development outbox writes there). */
  dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A fresh database on the PostgreSQL server of DATABASE_URL; returns its URL and a dropper. */
async function freshDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `koruma_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Koruma exited early (code ${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Koruma did not become healthy within 90 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * @param options.secondFactor keep the production rule (administrators and decision-makers
 * sign in with a TOTP code, secrets sealed with a key); the other browser tests sign in by
 * password alone, so for them the requirement is configured off.
 */
export async function startServer(options: { secondFactor?: boolean } = {}): Promise<TestServer> {
  if (!existsSync(join(REPO_ROOT, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the browser tests');
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'koruma-e2e-'));
  const database = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KORUMA_DATA_DIR: dataDir,
    KORUMA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    KORUMA_LOG_LEVEL: 'warn',
    KORUMA_TOTP_REQUIRED_ROLES: options.secondFactor ? 'administrator,decision_maker' : 'none',
    ...(options.secondFactor ? { KORUMA_TOTP_KEY: randomBytes(32).toString('hex') } : {}),
  };
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;

  const child = spawn(process.execPath, ['bin/koruma.js', 'serve'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const url = `http://127.0.0.1:${port}`;
  const cleanup = async () => {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { url, adminPassword: ADMIN_PASSWORD, dataDir, stop: cleanup };
}
