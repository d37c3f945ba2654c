// The `koruma` command as an operator runs it: a real process on a fresh database.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseNameIn } from './support/global-setup.ts';

const run = promisify(execFile);
let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const base = { ...process.env, KORUMA_ADMIN_PASSWORD: 'cli-admin-password-1', KORUMA_LOG_LEVEL: 'silent' };
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `koruma_cli_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    env = { ...base, DATABASE_URL: databaseNameIn(url, name) };
    cleanup = async () => {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'koruma-cli-'));
    env = { ...base, KORUMA_DATA_DIR: dir, DATABASE_URL: '' };
    cleanup = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  }
});
afterAll(() => cleanup());

const koruma = (...args: string[]) => run('node', ['bin/koruma.js', ...args], { env, timeout: 60_000 });

describe('koruma CLI', () => {
  it('migrates, and says so when there is nothing left to do', async () => {
    expect((await koruma('migrate')).stdout).toMatch(/applied 20261129053000 foundation/);
    expect((await koruma('migrate')).stdout).toMatch(/up to date/);
  });

  it('adds users with their scope and resets passwords', async () => {
    const added = await koruma(
      'users',
      'add',
      'ayse.officer',
      '--role',
      'registration_officer',
      '--province',
      '06',
      '--name',
      'Ayşe Yılmaz',
    );
    expect(added.stdout).toMatch(/created ayse\.officer \(registration_officer\)/);
    expect(added.stdout).toMatch(/password: \S{16,}/);
    await expect(koruma('users', 'add', 'no.scope', '--role', 'registration_officer')).rejects.toMatchObject({
      stderr: expect.stringMatching(/provinceCode/),
    });
    const reset = await koruma('users', 'reset-password', 'ayse.officer');
    expect(reset.stdout).toMatch(/new password: \S{16,}/);
  });

  it('seeds fictional families once', async () => {
    // The first administrator exists once the server has started; create it as serve would.
    await koruma('users', 'add', 'admin', '--role', 'administrator', '--password', 'cli-admin-password-1');
    const seeded = await koruma('seed', '--demo');
    expect(seeded.stdout).toMatch(/\[5\/5\]/);
    expect(seeded.stdout).toMatch(/fictional/);
    expect(seeded.stdout).toMatch(/case UK-\d{4}-\d{6}/);
    expect(seeded.stdout).toMatch(/demo centres DEMO-YOZGAT-KBM, DEMO-IST-GGM/);
    expect(seeded.stdout).toMatch(/demo organisations UNHCR-TR/);
    expect((await koruma('seed', '--demo')).stdout).toMatch(/already there/);
    // Centre staff are tied to a centre by its code.
    expect(
      (await koruma('users', 'add', 'rana.staff', '--role', 'centre_staff', '--centre', 'DEMO-IST-GGM'))
        .stdout,
    ).toMatch(/created rana\.staff \(centre_staff\)/);
    await expect(
      koruma('users', 'add', 'nobody', '--role', 'centre_staff', '--centre', 'NO-SUCH'),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/centreId/),
    });
  });

  it('shows and maintains the holiday calendar, counting open clocks again', async () => {
    expect((await koruma('calendar', 'show', '2026')).stdout).toMatch(
      /2026: maintained[\s\S]*2026-05-27 {2}full/,
    );
    expect((await koruma('calendar', 'show', '2031')).stdout).toMatch(/NOT maintained/);
    const file = join(mkdtempSync(join(tmpdir(), 'koruma-holidays-')), '2031.json');
    writeFileSync(
      file,
      JSON.stringify([{ date: '2031-03-24', kind: 'full', name: 'ramadan_feast', source: 'operator test' }]),
    );
    const set = await koruma('calendar', 'set', '2031', file);
    expect(set.stdout).toMatch(/2031: maintained[\s\S]*2031-03-24 {2}full {10}ramadan_feast/);
    expect(set.stdout).toMatch(/\d+ open clock\(s\) moved/);
    writeFileSync(file, JSON.stringify([{ date: '2031-02-30', kind: 'full', name: 'x', source: 'y' }]));
    await expect(koruma('calendar', 'set', '2031', file)).rejects.toThrow();
  });

  it('verifies the audit trail', async () => {
    const verified = await koruma('audit', 'verify');
    expect(verified.stdout).toMatch(/audit trail intact: \d+ events/);
  });

  it.skipIf(!!process.env.DATABASE_URL)('backs up and restores the embedded database', async () => {
    const file = join(env.KORUMA_DATA_DIR!, '..', `backup-${process.pid}.tar.gz`);
    expect((await koruma('backup', file)).stdout).toMatch(/wrote .* MB/);
    const restoredDir = mkdtempSync(join(tmpdir(), 'koruma-restored-'));
    try {
      const restored = await run('node', ['bin/koruma.js', 'restore', file], {
        env: { ...env, KORUMA_DATA_DIR: restoredDir },
      });
      expect(restored.stdout).toMatch(/restored/);
      const verified = await run('node', ['bin/koruma.js', 'audit', 'verify'], {
        env: { ...env, KORUMA_DATA_DIR: restoredDir },
      });
      expect(verified.stdout).toMatch(/audit trail intact/);
    } finally {
      rmSync(restoredDir, { recursive: true, force: true });
      rmSync(file, { force: true });
    }
  });

  it('explains bad configuration in words', async () => {
    await expect(
      run('node', ['bin/koruma.js', 'migrate'], {
        env: { ...env, PORT: 'eighty', DATABASE_URL: 'mysql://x' },
      }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(
        /Invalid configuration:[\s\S]*PORT[\s\S]*DATABASE_URL: must start with postgres/,
      ),
    });
  });
});
